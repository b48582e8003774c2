/**
 * What a failure during a Drive export means for the job, and the sentence the student sees.
 * "file": only that file failed, the rest go on. "job": the export stops (export again to go on).
 * "auth": the export pauses until the student signs in again. "cancelled": they asked to stop.
 */
import { i18n } from '#i18n';
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

/** A job-level stop's sentence, followed by how to go on. */
function withAgain(sentence: string): string {
  return `${sentence} ${i18n.t('exportFiles.drive.again')}`;
}

export function classifyDriveExportError(error: unknown): DriveExportErrorOutcome {
  if (error instanceof DOMException && error.name === 'AbortError') {
    return { scope: 'cancelled', message: i18n.t('exportFiles.drive.cancelled') };
  }
  if (error instanceof DriveExportStop) return { scope: 'job', message: error.message };
  if (error instanceof DriveAuthError) {
    return { scope: 'auth', message: describeDriveAuthError(error) };
  }
  if (!(error instanceof DriveError)) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    return {
      scope: 'job',
      message: withAgain(
        i18n.t('exportFiles.drive.stopped', { reason: reason.replace(/\.$/, '') }),
      ),
    };
  }
  switch (error.code) {
    case 'gave-up':
      return {
        scope: 'job',
        message: withAgain(i18n.t('exportFiles.drive.gaveUp')),
      };
    case 'md5-mismatch':
      return {
        scope: 'file',
        message: i18n.t('exportFiles.drive.md5Mismatch'),
      };
    case 'protocol':
      return {
        scope: 'file',
        message: i18n.t('exportFiles.drive.unexpectedAnswer'),
      };
    case 'http':
      return describeHttpStatus(error.status);
  }
}

function describeHttpStatus(status: number | undefined): DriveExportErrorOutcome {
  if (status === 401) {
    return { scope: 'auth', message: i18n.t('exportFiles.drive.signInAgain') };
  }
  if (status === 403) {
    return {
      scope: 'job',
      message: withAgain(i18n.t('exportFiles.drive.notAllowed')),
    };
  }
  if (status === 404) {
    return {
      scope: 'job',
      message: withAgain(i18n.t('exportFiles.drive.folderNotFound')),
    };
  }
  return {
    scope: 'file',
    message: i18n.t('exportFiles.drive.refused', {
      status: status ?? i18n.t('exportFiles.drive.unknownStatus'),
    }),
  };
}
