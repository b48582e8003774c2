/** Drive sign-in with fake identity and session storage: both strategies and every failure path. */
import { describe, expect, it } from 'vitest';
import {
  createDriveAuth,
  DriveAuthError,
  type DriveAuthDeps,
  describeDriveAuthError,
  type IdentityApi,
} from '@/lib/export/drive/auth/createDriveAuth';
import { DEFAULT_DRIVE_SETTINGS, type DriveSettings } from '@/lib/settings/driveSettings';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const SCOPE = 'https://www.googleapis.com/auth/drive.file';

function fakeSession() {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    remove: async (key: string) => {
      items.delete(key);
    },
  };
}

type Answer = (url: URL, interactive: boolean) => string | Error;

/** A launchWebAuthFlow that records each request and answers like Google by default. */
function fakeWebFlow(answer?: Answer) {
  const calls: { url: URL; interactive: boolean }[] = [];
  let minted = 0;
  const grant: Answer = (url) => {
    minted++;
    const params = new URLSearchParams({
      access_token: `web-token-${minted}`,
      token_type: 'Bearer',
      expires_in: '3599',
      scope: SCOPE,
      state: url.searchParams.get('state')!,
    });
    return `${REDIRECT}#${params}`;
  };
  const identity: IdentityApi = {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: async ({ url, interactive = false }) => {
      const parsed = new URL(url);
      calls.push({ url: parsed, interactive });
      const result = (answer ?? grant)(parsed, interactive);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { identity, calls, grant };
}

function setup(
  identity: IdentityApi,
  overrides: Partial<DriveAuthDeps> = {},
  settings: Partial<DriveSettings> = {},
) {
  const clock = { now: 1_000_000 };
  const session = fakeSession();
  const deps: DriveAuthDeps = {
    identity,
    sessionStorage: session,
    manifest: {},
    getSettings: async () => ({
      ...DEFAULT_DRIVE_SETTINGS,
      clientId: 'school-client',
      ...settings,
    }),
    now: () => clock.now,
    ...overrides,
  };
  return { auth: createDriveAuth(deps), clock, session };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DriveAuthError);
  return (error as DriveAuthError).code;
}

describe('implicit flow (Edge, Firefox, Chrome without an oauth2 key)', () => {
  it('asks Google for drive.file only with a verified state, and keeps the token in the session', async () => {
    const flow = fakeWebFlow();
    const { auth, session } = setup(flow.identity);
    expect(await auth.isSignedIn()).toBe(false);

    expect(await auth.getToken(true)).toBe('web-token-1');
    const { url, interactive } = flow.calls[0]!;
    expect(interactive).toBe(true);
    expect(`${url.origin}${url.pathname}`).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(url.searchParams.get('client_id')).toBe('school-client');
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.get('scope')).toBe(SCOPE);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(url.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
    expect(url.searchParams.has('prompt')).toBe(false);
    expect([...session.items.values()]).toEqual([
      { accessToken: 'web-token-1', expiresAt: 1_000_000 + 3_599_000 },
    ]);
    expect(await auth.isSignedIn()).toBe(true);

    // The stored token is reused without another window.
    expect(await auth.getToken(false)).toBe('web-token-1');
    expect(flow.calls).toHaveLength(1);
  });

  it('opens one sign-in window for callers asking at the same time', async () => {
    const flow = fakeWebFlow();
    const { auth } = setup(flow.identity);
    const tokens = await Promise.all([auth.getToken(true), auth.getToken(true)]);
    expect(tokens).toEqual(['web-token-1', 'web-token-1']);
    expect(flow.calls).toHaveLength(1);
  });

  it('renews silently (prompt=none) once the token is within a minute of expiry', async () => {
    const flow = fakeWebFlow();
    const { auth, clock } = setup(flow.identity);
    await auth.getToken(true);
    clock.now += 3_599_000 - 60_000 - 1;
    expect(await auth.getToken(false)).toBe('web-token-1');
    clock.now += 1;
    expect(await auth.getToken(false)).toBe('web-token-2');
    expect(flow.calls[1]!.interactive).toBe(false);
    expect(flow.calls[1]!.url.searchParams.get('prompt')).toBe('none');
  });

  it('refreshToken drops the stored token and gets a new one without a window', async () => {
    const flow = fakeWebFlow();
    const { auth } = setup(flow.identity);
    await auth.getToken(true);
    expect(await auth.refreshToken()).toBe('web-token-2');
    expect(flow.calls.map((call) => call.interactive)).toEqual([true, false]);
    expect(await auth.getToken(false)).toBe('web-token-2');
  });

  it('says sign-in is needed when the silent attempt cannot finish', async () => {
    const closed = fakeWebFlow(() => new Error('User interaction required.'));
    expect(await codeOf(setup(closed.identity).auth.getToken(false))).toBe('sign-in-needed');
    const google = fakeWebFlow(
      (url) => `${REDIRECT}#error=interaction_required&state=${url.searchParams.get('state')}`,
    );
    const { auth } = setup(google.identity);
    expect(await codeOf(auth.refreshToken())).toBe('sign-in-needed');
  });

  it('rejects an answer whose state does not match, keeping no token', async () => {
    const flow = fakeWebFlow(() => `${REDIRECT}#access_token=planted&expires_in=3599&state=other`);
    const { auth, session } = setup(flow.identity);
    expect(await codeOf(auth.getToken(true))).toBe('failed');
    expect(session.items.size).toBe(0);
  });

  it('tells cancelled, denied and failed apart', async () => {
    const chromeClosed = fakeWebFlow(() => new Error('The user did not approve access.'));
    expect(await codeOf(setup(chromeClosed.identity).auth.getToken(true))).toBe('cancelled');
    const firefoxClosed = fakeWebFlow(() => new Error('User cancelled or denied access.'));
    expect(await codeOf(setup(firefoxClosed.identity).auth.getToken(true))).toBe('cancelled');
    const denied = fakeWebFlow(
      (url) => `${REDIRECT}#error=access_denied&state=${url.searchParams.get('state')}`,
    );
    expect(await codeOf(setup(denied.identity).auth.getToken(true))).toBe('denied');
    const offline = fakeWebFlow(() => new Error('Authorization page could not be loaded.'));
    expect(await codeOf(setup(offline.identity).auth.getToken(true))).toBe('failed');
  });

  it('without a client id, reports not-configured and never opens a window', async () => {
    const flow = fakeWebFlow();
    const { auth } = setup(flow.identity, {}, { clientId: '  ' });
    expect(await codeOf(auth.getToken(true))).toBe('not-configured');
    expect(flow.calls).toEqual([]);
  });

  it('uses the configured auth URL, and sign-out forgets (and revokes at Google)', async () => {
    const flow = fakeWebFlow();
    const revoked: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      revoked.push(String(input));
      return new Response(null);
    }) as typeof globalThis.fetch;
    const { auth, session } = setup(flow.identity, { fetch });
    await auth.getToken(true);
    await auth.signOut();
    expect(session.items.size).toBe(0);
    expect(await auth.isSignedIn()).toBe(false);
    expect(revoked).toEqual(['https://oauth2.googleapis.com/revoke?token=web-token-1']);

    const local = setup(
      flow.identity,
      { fetch },
      { authUrl: 'http://127.0.0.1:9/o/oauth2/v2/auth' },
    );
    await local.auth.getToken(true);
    expect(flow.calls.at(-1)!.url.origin).toBe('http://127.0.0.1:9');
    await local.auth.signOut();
    expect(revoked).toHaveLength(1);
  });
});

describe('Chrome getAuthToken (build with an oauth2 client id)', () => {
  function fakeChromeIdentity(fail?: (interactive: boolean) => Error | undefined) {
    const cache = { token: undefined as string | undefined, minted: 0 };
    const removed: string[] = [];
    const requests: { interactive?: boolean; scopes?: string[] }[] = [];
    const web = fakeWebFlow();
    const identity: IdentityApi = {
      ...web.identity,
      getAuthToken: async (details) => {
        requests.push(details);
        const error = fail?.(details.interactive ?? false);
        if (error) throw error;
        cache.token ??= `chrome-token-${++cache.minted}`;
        return { token: cache.token, grantedScopes: details.scopes };
      },
      removeCachedAuthToken: async ({ token }) => {
        removed.push(token);
        if (cache.token === token) cache.token = undefined;
      },
    };
    return { identity, removed, requests, web };
  }
  const manifest = { oauth2: { client_id: 'chrome-client.apps.googleusercontent.com' } };

  it('asks Chrome for drive.file, and refresh evicts the old token first', async () => {
    const chrome = fakeChromeIdentity();
    const { auth } = setup(chrome.identity, { manifest });
    expect(await auth.getToken(true)).toBe('chrome-token-1');
    expect(chrome.requests[0]).toEqual({ interactive: true, scopes: [SCOPE] });
    expect(await auth.refreshToken()).toBe('chrome-token-2');
    expect(chrome.removed).toEqual(['chrome-token-1']);
    expect(chrome.requests[1]).toEqual({ interactive: false, scopes: [SCOPE] });
    expect(chrome.web.calls).toEqual([]);
    expect(await auth.isSignedIn()).toBe(true);
    await auth.signOut();
    expect(chrome.removed).toEqual(['chrome-token-1', 'chrome-token-2']);
  });

  it('maps Chrome errors to sign-in-needed and cancelled', async () => {
    const notGranted = fakeChromeIdentity(() => new Error('OAuth2 not granted or revoked.'));
    const { auth } = setup(notGranted.identity, { manifest });
    expect(await codeOf(auth.getToken(false))).toBe('sign-in-needed');
    expect(await auth.isSignedIn()).toBe(false);
    const closed = fakeChromeIdentity(() => new Error('The user did not approve access.'));
    expect(await codeOf(setup(closed.identity, { manifest }).auth.getToken(true))).toBe(
      'cancelled',
    );
  });

  it('falls back to the implicit flow in Edge, or without an oauth2 key', async () => {
    const edge = fakeChromeIdentity();
    const userAgent =
      'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0';
    expect(await setup(edge.identity, { manifest, userAgent }).auth.getToken(true)).toBe(
      'web-token-1',
    );
    const noKey = fakeChromeIdentity();
    expect(await setup(noKey.identity).auth.getToken(true)).toBe('web-token-1');
    expect([...edge.requests, ...noKey.requests]).toEqual([]);
  });
});

describe('describeDriveAuthError', () => {
  it('gives each failure its own friendly sentence', () => {
    const codes = ['not-configured', 'sign-in-needed', 'cancelled', 'denied', 'failed'] as const;
    const messages = codes.map((code) => describeDriveAuthError(new DriveAuthError(code, 'x')));
    expect(new Set(messages).size).toBe(codes.length);
    expect(messages[0]).toMatch(/school/i);
    expect(describeDriveAuthError(new TypeError('boom'))).toBe(messages[4]);
  });
});
