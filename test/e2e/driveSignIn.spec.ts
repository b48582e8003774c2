/**
 * Drive sign-in and Drive calls from a real extension page, against the Drive emulator:
 * launchWebAuthFlow must catch the redirect to https://<id>.chromiumapp.org/ with the token, and
 * the page (chrome-extension:// origin, no host permissions) must reach Drive through CORS,
 * including reading Location and a 308's Range.
 */
import type { browser as wxtBrowser } from 'wxt/browser';
import { type DriveEmulator, startDriveEmulator } from '../drive/driveEmulator';
import { expect, test } from './fixtures';

declare const chrome: typeof wxtBrowser;

let emulator: DriveEmulator;

test.beforeEach(async () => {
  emulator = await startDriveEmulator();
});
test.afterEach(async () => {
  await emulator.close();
});

test('signs in with launchWebAuthFlow and talks to Drive through CORS', async ({
  dashboard,
  extension,
}) => {
  const settings = {
    clientId: 'test-client-id',
    rootFolderName: 'PLP Companion',
    rootFolderId: '',
    apiBaseUrl: emulator.url,
    authUrl: `${emulator.url}/o/oauth2/v2/auth`,
  };
  const result = await dashboard.page.evaluate(async (driveSettings) => {
    // @wxt-dev/storage keeps 'local:drive.settings' under the key 'drive.settings'.
    await chrome.storage.local.set({ 'drive.settings': driveSettings });
    const stored = (await chrome.storage.local.get('drive.settings'))[
      'drive.settings'
    ] as typeof driveSettings;
    const redirectUri = chrome.identity.getRedirectURL();
    const authUrl = new URL(stored.authUrl);
    authUrl.search = new URLSearchParams({
      client_id: stored.clientId,
      response_type: 'token',
      scope: 'https://www.googleapis.com/auth/drive.file',
      redirect_uri: redirectUri,
      state: 'state-42',
    }).toString();
    const silent = await chrome.identity.launchWebAuthFlow({
      url: authUrl.href,
      interactive: false,
    });
    const interactive = await chrome.identity.launchWebAuthFlow({
      url: authUrl.href,
      interactive: true,
    });
    const fragment = new URLSearchParams(new URL(interactive!).hash.slice(1));
    const token = fragment.get('access_token')!;
    const auth = { Authorization: `Bearer ${token}` };

    const list = await fetch(
      `${stored.apiBaseUrl}/drive/v3/files?q=${encodeURIComponent("trashed = false and name = 'x'")}`,
      { headers: auth },
    );
    const initiate = await fetch(
      `${stored.apiBaseUrl}/upload/drive/v3/files?uploadType=resumable`,
      {
        method: 'POST',
        headers: {
          ...auth,
          'Content-Type': 'application/json; charset=UTF-8',
          'X-Upload-Content-Type': 'text/plain',
          'X-Upload-Content-Length': '300000',
        },
        body: JSON.stringify({ name: 'notes.txt' }),
      },
    );
    const sessionUri = initiate.headers.get('Location')!;
    const chunk = new Uint8Array(256 * 1024);
    // Default redirect mode: a 308 without Location is handed back to the caller as is.
    const followed = await fetch(sessionUri, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes 0-${chunk.length - 1}/300000` },
      body: chunk,
    });
    // redirect: 'manual' in a browser turns any 3xx into an opaque response: status 0, no headers.
    const manual = await fetch(sessionUri, {
      method: 'PUT',
      headers: { 'Content-Range': 'bytes */300000' },
      redirect: 'manual',
    });
    return {
      redirectUri,
      silent,
      interactive,
      token,
      state: fragment.get('state'),
      listStatus: list.status,
      listBody: (await list.json()) as unknown,
      initiateStatus: initiate.status,
      sessionUri,
      followed: { status: followed.status, range: followed.headers.get('Range') },
      manual: { type: manual.type, status: manual.status, range: manual.headers.get('Range') },
    };
  }, settings);

  expect(result.redirectUri).toBe(`https://${extension.extensionId}.chromiumapp.org/`);
  expect(result.silent).toMatch(
    new RegExp(`^https://${extension.extensionId}\\.chromiumapp\\.org/#access_token=`),
  );
  expect(result.interactive).toMatch(/#access_token=.+&token_type=Bearer&expires_in=3599/);
  expect(result.state).toBe('state-42');
  expect(emulator.issuedTokens).toHaveLength(2);
  expect(emulator.issuedTokens[1]).toBe(result.token);
  expect(result.listStatus).toBe(200);
  expect(result.listBody).toEqual({ kind: 'drive#fileList', incompleteSearch: false, files: [] });
  expect(result.initiateStatus).toBe(200);
  expect(result.sessionUri).toContain(
    `${emulator.url}/upload/drive/v3/files?uploadType=resumable&upload_id=`,
  );
  expect(result.followed).toEqual({ status: 308, range: 'bytes=0-262143' });
  expect(result.manual).toEqual({ type: 'opaqueredirect', status: 0, range: null });
  // The browser's preflights reached the emulator but are not Drive requests.
  expect(emulator.log.map((entry) => entry.kind)).toEqual([
    'list',
    'initiate',
    'chunk',
    'statusQuery',
  ]);
  expect(dashboard.errors).toEqual([]);
});
