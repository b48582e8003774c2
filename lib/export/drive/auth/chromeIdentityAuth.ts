/**
 * Sign-in through Chrome's identity.getAuthToken, used when the Chrome build carries an
 * `oauth2.client_id` (a "Chrome extension" OAuth client). Chrome keeps and renews the token
 * itself; the last token handed out is remembered in storage.session so a 401 can evict exactly
 * that one from Chrome's cache.
 */
import { DriveAuthError } from './driveAuthError';
import {
  DRIVE_FILE_SCOPE,
  type DriveAuth,
  type DriveAuthDeps,
  revokeAtGoogle,
} from './driveAuthTypes';

export const SESSION_LAST_TOKEN_KEY = 'drive.auth.chromeToken';

export function createChromeIdentityAuth(deps: DriveAuthDeps): DriveAuth {
  const { identity, sessionStorage } = deps;

  async function lastToken(): Promise<string | undefined> {
    const value = (await sessionStorage.get(SESSION_LAST_TOKEN_KEY))[SESSION_LAST_TOKEN_KEY];
    return typeof value === 'string' ? value : undefined;
  }

  async function fetchToken(interactive: boolean): Promise<string> {
    let result: Awaited<ReturnType<NonNullable<typeof identity.getAuthToken>>>;
    try {
      result = await identity.getAuthToken!({ interactive, scopes: [DRIVE_FILE_SCOPE] });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!interactive) throw new DriveAuthError('sign-in-needed', message);
      // Chrome says "The user did not approve access." both for a closed window and for Deny.
      throw new DriveAuthError(
        /did not approve|cancel/i.test(message) ? 'cancelled' : 'failed',
        message,
      );
    }
    // Promise form resolves to { token, grantedScopes }; older callback-style shims give a string.
    const token = typeof result === 'string' ? result : result?.token;
    if (!token) throw new DriveAuthError(interactive ? 'failed' : 'sign-in-needed', 'No token');
    await sessionStorage.set({ [SESSION_LAST_TOKEN_KEY]: token });
    return token;
  }

  async function evict(token: string | undefined) {
    await sessionStorage.remove(SESSION_LAST_TOKEN_KEY);
    if (token) await identity.removeCachedAuthToken?.({ token });
  }

  return {
    getToken: (interactive) => fetchToken(interactive),
    async refreshToken() {
      await evict(await lastToken());
      return fetchToken(false);
    },
    async isSignedIn() {
      try {
        await fetchToken(false);
        return true;
      } catch {
        return false;
      }
    },
    async signOut() {
      const token = await lastToken();
      await evict(token);
      if (token) await revokeAtGoogle(deps.fetch, token);
    },
  };
}
