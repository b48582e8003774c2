/**
 * What a failure during a Drive export means for the job, and the sentence the student sees.
 * "file": only that file failed, the rest go on. "job": the export stops (export again to go on).
 * "auth": the export pauses until the student signs in again. "cancelled": they asked to stop.
 */
import { DriveAuthError, describeDriveAuthError } from './auth/driveAuthError';
import { DriveError } from './driveTypes';

export type DriveExportErrorScope = 'cancelled' | 'auth' | 'job' | 'file';

export interface DriveExportErrorOutcome {
  scope: DriveExportErrorScope;
  message: string;
}

/** A stop with a sentence already written for the student. */
export class DriveExportStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriveExportStop';
  }
}

const AGAIN = 'Export again to go on: files already in Drive are not sent twice.';

export function classifyDriveExportError(error: unknown): DriveExportErrorOutcome {
  if (error instanceof DOMException && error.name === 'AbortError') {
    return { scope: 'cancelled', message: 'The export was cancelled.' };
  }
  if (error instanceof DriveExportStop) return { scope: 'job', message: error.message };
  if (error instanceof DriveAuthError) {
    return { scope: 'auth', message: describeDriveAuthError(error) };
  }
  if (!(error instanceof DriveError)) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    return { scope: 'job', message: `The export stopped: ${reason.replace(/\.$/, '')}. ${AGAIN}` };
  }
  switch (error.code) {
    case 'gave-up':
      return {
        scope: 'job',
        message: `Google Drive could not be reached for a while. Check the internet connection. ${AGAIN}`,
      };
    case 'md5-mismatch':
      return {
        scope: 'file',
        message:
          'The copy in Google Drive did not match this file, so it was not counted as uploaded.',
      };
    case 'protocol':
      return {
        scope: 'file',
        message: 'Google Drive gave an answer PLP Companion did not expect.',
      };
    case 'http':
      return describeHttpStatus(error.status);
  }
}

function describeHttpStatus(status: number | undefined): DriveExportErrorOutcome {
  if (status === 401) {
    return { scope: 'auth', message: 'Google Drive asked you to sign in again.' };
  }
  if (status === 403) {
    return {
      scope: 'job',
      message: `Google Drive did not allow this upload. Your Drive may be full, or the folder may not be shared with you. ${AGAIN}`,
    };
  }
  if (status === 404) {
    return {
      scope: 'job',
      message: `A Google Drive folder for this export was not found (it may have been deleted). ${AGAIN}`,
    };
  }
  return {
    scope: 'file',
    message: `Google Drive refused this file (error ${status ?? 'unknown'}).`,
  };
}
