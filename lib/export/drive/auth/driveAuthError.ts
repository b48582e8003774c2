/** Why Drive sign-in did not produce a token, and what to tell the student. */

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

const MESSAGES: Record<DriveAuthErrorCode, string> = {
  'not-configured':
    'Google Drive is not set up yet. Your school needs to set up Google Drive for PLP Companion before you can save to Drive; please ask your teacher.',
  'sign-in-needed': 'Please sign in to Google Drive to continue.',
  cancelled: 'Sign-in was cancelled. Nothing was changed; sign in when you are ready.',
  denied:
    'PLP Companion was not allowed to use your Google Drive. To save to Drive, sign in again and press Allow.',
  failed: 'Signing in to Google Drive did not work. Check your internet connection and try again.',
};

/** A friendly sentence for any error thrown by Drive sign-in (or a generic one). */
export function describeDriveAuthError(error: unknown): string {
  return error instanceof DriveAuthError ? MESSAGES[error.code] : MESSAGES.failed;
}
