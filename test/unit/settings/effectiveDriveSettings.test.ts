/** School policy overrides the student's Drive settings, locks those fields, and never breaks them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSafeEndpoint, readEffectiveDriveSettings } from '@/lib/settings/effectiveDriveSettings';
import { DEFAULT_DRIVE_SETTINGS, driveSettings } from '@/lib/settings/driveSettings';
import { MANAGED_POLICY_FIELDS, readManagedPolicy } from '@/lib/settings/managedPolicy';

const managedWith = (policy: Record<string, unknown>) => ({ get: async () => policy });

describe('readManagedPolicy', () => {
  it('keeps each valid key and drops only the invalid ones', async () => {
    const policy = await readManagedPolicy(
      managedWith({
        driveClientId: ' school-id ',
        driveRootFolderName: 42,
        driveRootFolderId: '',
        other: 'x',
      }),
    );
    expect(policy).toEqual({ driveClientId: 'school-id' });
  });

  it('treats a missing or failing managed area as no policy', async () => {
    expect(await readManagedPolicy(undefined)).toEqual({});
    const firefoxWithoutPolicy = {
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    };
    expect(await readManagedPolicy(firefoxWithoutPolicy)).toEqual({});
  });

  it('declares exactly the policy keys in public/managed_schema.json, with titles', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
      properties: Record<string, { title?: string; description?: string; type: string }>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(MANAGED_POLICY_FIELDS).sort(),
    );
    for (const entry of Object.values(schema.properties)) {
      expect(entry.title).toBeTruthy();
      expect(entry.description).toBeTruthy();
    }
  });
});

describe('readEffectiveDriveSettings', () => {
  it("overlays the school's values on the student's and lists them as locked", async () => {
    await driveSettings.setValue({
      ...DEFAULT_DRIVE_SETTINGS,
      clientId: 'mine',
      rootFolderName: 'My PLP',
    });
    const result = await readEffectiveDriveSettings({
      getLocalSettings: () => driveSettings.getValue(),
      managed: managedWith({ driveClientId: 'school', driveRootFolderId: 'folder-1' }),
    });
    expect(result.settings).toEqual({
      ...DEFAULT_DRIVE_SETTINGS,
      clientId: 'school',
      rootFolderName: 'My PLP',
      rootFolderId: 'folder-1',
    });
    expect(result.lockedBySchool.sort()).toEqual(['clientId', 'rootFolderId']);
  });

  it('stores the settings under drive.settings in storage.local', async () => {
    await driveSettings.setValue({ ...DEFAULT_DRIVE_SETTINGS, clientId: 'c' });
    const stored = await fakeBrowser.storage.local.get('drive.settings');
    expect(stored['drive.settings']).toMatchObject({ clientId: 'c' });
  });

  it('refuses endpoints a token could leak from, from either source', async () => {
    const result = await readEffectiveDriveSettings({
      getLocalSettings: async () => ({
        ...DEFAULT_DRIVE_SETTINGS,
        authUrl: 'http://evil.example/auth',
        apiBaseUrl: 'http://localhost:8080/',
      }),
      managed: managedWith({ driveApiBaseUrl: 'http://drive.school.example' }),
    });
    expect(result.settings.authUrl).toBe(DEFAULT_DRIVE_SETTINGS.authUrl);
    // The policy's http URL is ignored (not locked); the student's loopback URL stays.
    expect(result.settings.apiBaseUrl).toBe('http://localhost:8080');
    expect(result.lockedBySchool).toEqual([]);
  });

  it('falls back to the defaults when local settings cannot be read', async () => {
    const result = await readEffectiveDriveSettings({
      getLocalSettings: () => Promise.reject(new Error('storage unavailable')),
      managed: undefined,
    });
    expect(result).toEqual({ settings: DEFAULT_DRIVE_SETTINGS, lockedBySchool: [] });
  });
});

describe('isSafeEndpoint', () => {
  it.each([
    ['https://www.googleapis.com', true],
    ['http://127.0.0.1:4000', true],
    ['http://localhost', true],
    ['http://www.googleapis.com', false],
    ['ftp://127.0.0.1', false],
    ['not a url', false],
  ])('%s -> %s', (url, safe) => expect(isSafeEndpoint(url)).toBe(safe));
});
