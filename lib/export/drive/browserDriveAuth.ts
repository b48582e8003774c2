/**
 * Drive sign-in and settings wired to the real extension API. The Export page (sign-in needs a
 * click) and the service worker (uploads) build the same thing, so a token the page obtains lands
 * in storage.session where the worker finds it.
 */
import type { ExtensionApi } from '../../extensionApi';
import { driveSettings, type DriveSettings } from '../../settings/driveSettings';
import { schoolManagedArea } from '../../settings/schoolManagedArea';
import {
  type EffectiveDriveSettings,
  readEffectiveDriveSettings,
} from '../../settings/effectiveDriveSettings';
import { createDriveAuth, type DriveAuth } from './auth/createDriveAuth';
import type { IdentityApi, SessionArea } from './auth/driveAuthTypes';

type Deps = Pick<ExtensionApi, 'identity' | 'runtime' | 'storage'>;

export function readBrowserDriveSettings(): Promise<EffectiveDriveSettings> {
  return readEffectiveDriveSettings({
    getLocalSettings: () => driveSettings.getValue(),
    managed: schoolManagedArea(),
  });
}

export function createBrowserDriveAuth(
  browser: Deps,
  getSettings: () => Promise<DriveSettings> = async () =>
    (await readBrowserDriveSettings()).settings,
): DriveAuth {
  return createDriveAuth({
    identity: browser.identity as unknown as IdentityApi,
    sessionStorage: browser.storage.session as unknown as SessionArea,
    manifest: browser.runtime.getManifest() as { oauth2?: { client_id: string } },
    getSettings,
    now: Date.now,
    fetch: (input, init) => globalThis.fetch(input, init),
    userAgent: globalThis.navigator?.userAgent,
  });
}
