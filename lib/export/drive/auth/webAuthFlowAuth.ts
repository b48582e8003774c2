/**
 * Sign-in with Google's OAuth implicit flow through identity.launchWebAuthFlow: works in Edge,
 * Firefox and Chrome alike, with the school's "Web application" client id. The token is kept in
 * storage.session only (gone when the browser closes, never written to disk); when it nears
 * expiry a silent flow (prompt=none) renews it while the student's Google session lasts.
 */
import * as v from 'valibot';
import { DriveAuthError } from './driveAuthError';
import {
  DRIVE_FILE_SCOPE,
  type DriveAuth,
  type DriveAuthDeps,
  GOOGLE_AUTH_URL,
  revokeAtGoogle,
} from './driveAuthTypes';

export const SESSION_TOKEN_KEY = 'drive.auth.token';
/** A token this close to expiry is renewed first, so an upload does not start with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;
const StoredToken = v.object({ accessToken: v.string(), expiresAt: v.number() });
type StoredToken = v.InferOutput<typeof StoredToken>;

/** Errors Google returns to prompt=none when only the interactive window could continue. */
const NEEDS_INTERACTION = new Set([
  'interaction_required',
  'login_required',
  'consent_required',
  'account_selection_required',
]);

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Chrome: "The user did not approve access."; Firefox: "User cancelled or denied access." */
function isClosedByUser(message: string): boolean {
  return /did not approve|cancel/i.test(message);
}

function tokenFromRedirect(
  responseUrl: string | undefined,
  expectedState: string,
  interactive: boolean,
  now: number,
): StoredToken {
  if (!responseUrl) throw new DriveAuthError('failed', 'Sign-in returned no redirect');
  const fragment = new URLSearchParams(new URL(responseUrl).hash.slice(1));
  // Verifying state stops a redirect we did not start (or a stale one) from planting a token.
  if (fragment.get('state') !== expectedState) {
    throw new DriveAuthError('failed', 'The sign-in answer did not match the request (state)');
  }
  const error = fragment.get('error');
  if (error !== null) {
    if (NEEDS_INTERACTION.has(error) || !interactive)
      throw new DriveAuthError('sign-in-needed', error);
    throw new DriveAuthError(error === 'access_denied' ? 'denied' : 'failed', error);
  }
  const accessToken = fragment.get('access_token');
  if (!accessToken) throw new DriveAuthError('failed', 'The sign-in answer had no access token');
  const expiresInSeconds = Number(fragment.get('expires_in') ?? 3600);
  return { accessToken, expiresAt: now + expiresInSeconds * 1000 };
}

export function createWebAuthFlowAuth(deps: DriveAuthDeps): DriveAuth {
  async function readStored(): Promise<StoredToken | undefined> {
    const items = await deps.sessionStorage.get(SESSION_TOKEN_KEY);
    const parsed = v.safeParse(StoredToken, items[SESSION_TOKEN_KEY]);
    return parsed.success ? parsed.output : undefined;
  }

  // Several callers asking at once (folder lookup and an upload) share one window, not two.
  let inFlight: Promise<string> | undefined;
  function runFlow(interactive: boolean): Promise<string> {
    inFlight ??= launch(interactive).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  async function launch(interactive: boolean): Promise<string> {
    const settings = await deps.getSettings();
    if (!settings.clientId.trim()) {
      throw new DriveAuthError('not-configured', 'No Google OAuth client id is configured');
    }
    const state = randomState();
    const url = new URL(settings.authUrl);
    url.searchParams.set('client_id', settings.clientId.trim());
    url.searchParams.set('response_type', 'token');
    url.searchParams.set('scope', DRIVE_FILE_SCOPE);
    url.searchParams.set('redirect_uri', deps.identity.getRedirectURL());
    url.searchParams.set('state', state);
    // Google then answers at once with error=interaction_required instead of showing a page
    // that a hidden, non-interactive window would wait on until it times out.
    if (!interactive) url.searchParams.set('prompt', 'none');
    let responseUrl: string | undefined;
    try {
      responseUrl = await deps.identity.launchWebAuthFlow({ url: url.href, interactive });
    } catch (error) {
      const message = messageOf(error);
      if (!interactive) throw new DriveAuthError('sign-in-needed', message);
      throw new DriveAuthError(isClosedByUser(message) ? 'cancelled' : 'failed', message);
    }
    const token = tokenFromRedirect(responseUrl, state, interactive, deps.now());
    await deps.sessionStorage.set({ [SESSION_TOKEN_KEY]: token });
    return token.accessToken;
  }

  async function usableStoredToken(): Promise<string | undefined> {
    const stored = await readStored();
    if (stored && stored.expiresAt - EXPIRY_MARGIN_MS > deps.now()) return stored.accessToken;
    return undefined;
  }

  return {
    async getToken(interactive) {
      return (await usableStoredToken()) ?? runFlow(interactive);
    },
    async refreshToken() {
      await deps.sessionStorage.remove(SESSION_TOKEN_KEY);
      return runFlow(false);
    },
    async isSignedIn() {
      return (await usableStoredToken()) !== undefined;
    },
    async signOut() {
      const stored = await readStored();
      await deps.sessionStorage.remove(SESSION_TOKEN_KEY);
      // Only Google's own sign-in has a known revoke endpoint; a custom endpoint just forgets.
      const settings = await deps.getSettings();
      if (stored && settings.authUrl === GOOGLE_AUTH_URL) {
        await revokeAtGoogle(deps.fetch, stored.accessToken);
      }
    },
  };
}
