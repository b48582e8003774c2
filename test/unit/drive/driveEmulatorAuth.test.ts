/** The emulator's OAuth implicit flow must answer like accounts.google.com, or sign-in tests prove nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DriveEmulator, startDriveEmulator } from '../../drive/driveEmulator';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const SCOPE = 'https://www.googleapis.com/auth/drive.file';
let emulator: DriveEmulator;

beforeEach(async () => {
  emulator = await startDriveEmulator();
});
afterEach(async () => {
  await emulator.close();
});

function authorize(overrides: Record<string, string | null> = {}, path = '/o/oauth2/v2/auth') {
  const params: Record<string, string | null> = {
    client_id: 'test-client-id',
    response_type: 'token',
    scope: SCOPE,
    redirect_uri: REDIRECT,
    state: 'state-123',
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) query.set(key, value);
  return fetch(`${emulator.url}${path}?${query}`, { redirect: 'manual' });
}

function fragmentOf(response: Response): URLSearchParams {
  const location = response.headers.get('Location') ?? '';
  expect(location.startsWith(`${REDIRECT}#`)).toBe(true);
  return new URLSearchParams(location.slice(location.indexOf('#') + 1));
}

describe('OAuth authorize endpoint', () => {
  it('redirects with a fresh token that Drive then accepts, until it is expired', async () => {
    const response = await authorize();
    expect(response.status).toBe(302);
    const fragment = fragmentOf(response);
    const token = fragment.get('access_token')!;
    expect(fragment.get('token_type')).toBe('Bearer');
    expect(fragment.get('expires_in')).toBe('3599');
    expect(fragment.get('scope')).toBe(SCOPE);
    expect(fragment.get('state')).toBe('state-123');
    expect(emulator.issuedTokens).toEqual([token]);

    const list = () =>
      fetch(`${emulator.url}/drive/v3/files?q=trashed%3Dfalse`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    expect((await list()).status).toBe(200);
    emulator.expireToken(token);
    expect((await list()).status).toBe(401);

    const second = fragmentOf(await authorize({ state: null }));
    expect(second.get('access_token')).not.toBe(token);
    expect(second.has('state')).toBe(false);
    expect(emulator.issuedTokens).toHaveLength(2);
  });

  it('accepts extra scopes alongside drive.file, and the client ids it was given', async () => {
    await emulator.close();
    emulator = await startDriveEmulator({ clientIds: ['school-client'] });
    expect((await authorize()).status).toBe(401);
    const response = await authorize({ client_id: 'school-client', scope: `openid ${SCOPE}` });
    expect(fragmentOf(response).has('access_token')).toBe(true);
  });

  it('shows an error page, never a redirect, for an unknown client or a missing redirect_uri', async () => {
    const unknown = await authorize({ client_id: 'someone-else' });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('Location')).toBeNull();
    expect(await unknown.text()).toContain('invalid_client');
    const missing = await authorize({ redirect_uri: null });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('Location')).toBeNull();
    expect(emulator.issuedTokens).toEqual([]);
  });

  it('redirects with #error for a wrong response_type or a missing drive.file scope', async () => {
    const code = fragmentOf(await authorize({ response_type: 'code' }));
    expect(code.get('error')).toBe('unsupported_response_type');
    expect(code.get('state')).toBe('state-123');
    const scope = fragmentOf(await authorize({ scope: 'https://www.googleapis.com/auth/drive' }));
    expect(scope.get('error')).toBe('invalid_scope');
    expect(emulator.issuedTokens).toEqual([]);
  });

  it('redirects with access_denied when the student presses Deny', async () => {
    emulator.setConsent('deny');
    const fragment = fragmentOf(await authorize());
    expect(fragment.get('error')).toBe('access_denied');
    expect(fragment.get('state')).toBe('state-123');
    expect(fragment.has('access_token')).toBe(false);
  });

  it("with consent 'ask', shows a consent page whose links grant or deny", async () => {
    emulator.setConsent('ask');
    const page = await authorize();
    expect(page.status).toBe(200);
    const html = await page.text();
    const allowHref = /id="allow" href="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const denyHref = /id="deny" href="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');

    const denied = await fetch(`${emulator.url}${denyHref}`, { redirect: 'manual' });
    expect(fragmentOf(denied).get('error')).toBe('access_denied');
    const allowed = await fetch(`${emulator.url}${allowHref}`, { redirect: 'manual' });
    const fragment = fragmentOf(allowed);
    expect(fragment.get('state')).toBe('state-123');
    expect(emulator.issuedTokens).toEqual([fragment.get('access_token')]);

    const silent = fragmentOf(await authorize({ prompt: 'none' }));
    expect(silent.get('error')).toBe('interaction_required');
  });
});
