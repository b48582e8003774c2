/** The Drive settings in force: the student's own, with whatever the school's policy sets on top. */
import { DEFAULT_DRIVE_SETTINGS, type DriveSettings } from './driveSettings';
import { type ManagedPolicy, type ManagedStorageArea, readManagedPolicy } from './managedPolicy';

export interface EffectiveDriveSettings {
  settings: DriveSettings;
  /** Fields the school set by policy: the UI shows them read-only, "set by your school". */
  lockedBySchool: (keyof DriveSettings)[];
}

export interface EffectiveDriveSettingsDeps {
  getLocalSettings(): Promise<DriveSettings>;
  managed: ManagedStorageArea | undefined;
}

const POLICY_KEY_FOR: Record<keyof DriveSettings, keyof ManagedPolicy> = {
  clientId: 'driveClientId',
  rootFolderName: 'driveRootFolderName',
  rootFolderId: 'driveRootFolderId',
  apiBaseUrl: 'driveApiBaseUrl',
  authUrl: 'driveAuthUrl',
};

/**
 * The access token travels to these URLs, so plain http is accepted only for this computer
 * (tests, a local Google-compatible server): anywhere else it would expose the student's
 * token on the network.
 */
export function isSafeEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
}

function usable(key: keyof DriveSettings, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (key === 'apiBaseUrl' || key === 'authUrl') return isSafeEndpoint(value);
  return true;
}

export async function readEffectiveDriveSettings(
  deps: EffectiveDriveSettingsDeps,
): Promise<EffectiveDriveSettings> {
  const [local, policy] = await Promise.all([
    deps.getLocalSettings().catch(() => DEFAULT_DRIVE_SETTINGS),
    readManagedPolicy(deps.managed),
  ]);
  const settings = { ...DEFAULT_DRIVE_SETTINGS };
  const lockedBySchool: (keyof DriveSettings)[] = [];
  for (const key of Object.keys(DEFAULT_DRIVE_SETTINGS) as (keyof DriveSettings)[]) {
    const fromPolicy = policy[POLICY_KEY_FOR[key]];
    // An unsafe URL from the policy is ignored rather than locked, so the field stays usable.
    if (usable(key, fromPolicy)) {
      settings[key] = fromPolicy;
      lockedBySchool.push(key);
    } else if (usable(key, local[key])) {
      settings[key] = local[key];
    }
  }
  settings.apiBaseUrl = settings.apiBaseUrl.replace(/\/+$/, '');
  return { settings, lockedBySchool };
}
