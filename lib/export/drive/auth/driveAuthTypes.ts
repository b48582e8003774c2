/** The dependencies Drive sign-in takes, as narrow slices of the extension API. */
import type { DriveSettings } from '@/lib/settings/driveSettings';
import type { DriveTokenProvider } from '../driveTypes';

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** The part of browser.identity sign-in uses; getAuthToken exists only in Chromium browsers. */
export interface IdentityApi {
  getRedirectURL(path?: string): string;
  launchWebAuthFlow(details: { url: string; interactive?: boolean }): Promise<string | undefined>;
  getAuthToken?(details: {
    interactive?: boolean;
    scopes?: string[];
  }): Promise<{ token?: string } | string | undefined>;
  removeCachedAuthToken?(details: { token: string }): Promise<void>;
}

/** browser.storage.session: tokens never outlive the browser session and never touch disk. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface DriveAuthDeps {
  identity: IdentityApi;
  sessionStorage: SessionArea;
  manifest: { oauth2?: { client_id: string } };
  getSettings(): Promise<DriveSettings>;
  now(): number;
  /** When given, sign-out also revokes the token at Google (best effort). */
  fetch?: typeof fetch;
  /** navigator.userAgent: Edge has getAuthToken but it does not work there. */
  userAgent?: string;
}

export interface DriveAuth extends DriveTokenProvider {
  signOut(): Promise<void>;
  isSignedIn(): Promise<boolean>;
}

export const GOOGLE_AUTH_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
export const GOOGLE_REVOKE_URL = 'https://oauth2.googleapis.com/revoke';

/** Revokes a token at Google so "sign out" also ends PLP Companion's access, not just the cache. */
export async function revokeAtGoogle(fetchFn: typeof fetch | undefined, token: string) {
  if (!fetchFn) return;
  try {
    await fetchFn(`${GOOGLE_REVOKE_URL}?token=${encodeURIComponent(token)}`, { method: 'POST' });
  } catch {
    // Offline or already revoked: the local sign-out still happened, which is what the student asked.
  }
}
