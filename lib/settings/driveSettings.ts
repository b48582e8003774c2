import { storage } from '#imports';

/** Where and how the Drive export signs in and uploads. A school can lock fields by policy. */
export interface DriveSettings {
  /** The school's Google OAuth client id (a "Web application" client for launchWebAuthFlow). */
  clientId: string;
  /** The folder created in the student's Drive when rootFolderId is empty. */
  rootFolderName: string;
  /** An existing folder (e.g. a shared drive folder the school set up); empty means "create one". */
  rootFolderId: string;
  apiBaseUrl: string;
  authUrl: string;
}

export const DEFAULT_DRIVE_SETTINGS: DriveSettings = {
  clientId: '',
  rootFolderName: 'PLP Companion',
  rootFolderId: '',
  apiBaseUrl: 'https://www.googleapis.com',
  authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
};

export const driveSettings = storage.defineItem<DriveSettings>('local:drive.settings', {
  fallback: DEFAULT_DRIVE_SETTINGS,
});
