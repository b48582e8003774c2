/** Why Drive sign-in did not produce a token, and what to tell the student. */
import { i18n } from '#i18n';

export type DriveAuthErrorCode =
  | 'not-configured' // no OAuth client id: the school has not set up Google Drive
  | 'sign-in-needed' // no usable token without showing the sign-in window
  | 'cancelled' // the student closed the sign-in window
  | 'denied' // the student pressed Deny on Google's consent screen
  | 'failed'; // anything else: network, a state mismatch, an unexpected answer

export class DriveAuthError extends Error {
  constructor(
    readonly code: DriveAuthErrorCode,
    /** Technical detail for logs; the UI shows describeDriveAuthError() instead. */
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DriveAuthError';
  }
}

/** Looked up when the message is shown, so it is in the language on screen. */
function messageFor(code: DriveAuthErrorCode): string {
  switch (code) {
    case 'not-configured':
      return i18n.t('exportFiles.driveAuth.notConfigured');
    case 'sign-in-needed':
      return i18n.t('exportFiles.driveAuth.signInNeeded');
    case 'cancelled':
      return i18n.t('exportFiles.driveAuth.cancelled');
    case 'denied':
      return i18n.t('exportFiles.driveAuth.denied');
    case 'failed':
      return i18n.t('exportFiles.driveAuth.failed');
  }
}

/** A friendly sentence for any error thrown by Drive sign-in (or a generic one). */
export function describeDriveAuthError(error: unknown): string {
  return error instanceof DriveAuthError ? messageFor(error.code) : messageFor('failed');
}
