import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_TARGETS, readManifest } from './builtExtension';
import { isBroadHostPattern, permissionSurface, type PermissionSurface } from './permissionSurface';

const SNAPSHOT_PATH = 'test/build/permissions.snapshot.json';

// A hand-written JSON file rather than vitest's toMatchSnapshot: `vitest -u`
// would silently accept a new permission, and a reviewer should see the change
// in the diff of a file meant to be read.
const snapshot = JSON.parse(
  readFileSync(new URL('./permissions.snapshot.json', import.meta.url), 'utf8'),
) as Record<string, PermissionSurface>;

const REVIEW_MESSAGE = (target: string) =>
  `The permission surface of .output/${target}/manifest.json no longer matches ${SNAPSHOT_PATH}. ` +
  'Every permission is shown to students and reviewed by the stores. Review the change: if it ' +
  `is intended, update the "${target}" entry of ${SNAPSHOT_PATH} by hand, on purpose, in the ` +
  'same commit, and say why in the commit message. If it is not, fix wxt.config.ts instead.';

describe.each(BUILD_TARGETS)('%s manifest', (target) => {
  it('matches the reviewed permissions snapshot', () => {
    const expected = snapshot[target];
    expect(expected, `${SNAPSHOT_PATH} has no "${target}" entry`).toBeDefined();
    expect(permissionSurface(readManifest(target)), REVIEW_MESSAGE(target)).toEqual(expected);
  });

  it('asks for no host permission that covers every site', () => {
    const manifest = readManifest(target);
    const hosts = [manifest.host_permissions, manifest.optional_host_permissions]
      .flatMap((list) => (Array.isArray(list) ? (list as string[]) : []))
      .filter(isBroadHostPattern);
    expect(
      hosts,
      'Ask for specific hosts (or rely on activeTab) rather than every site: ' +
        'stores reject or slow-review extensions that can read all pages.',
    ).toEqual([]);
  });
});

describe('isBroadHostPattern', () => {
  it.each(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'wss://*/*', '*://*/'])(
    'flags %s',
    (pattern) => expect(isBroadHostPattern(pattern)).toBe(true),
  );
  it.each(['https://www.googleapis.com/*', 'https://*.example.org/*', 'http://localhost/*'])(
    'allows %s',
    (pattern) => expect(isBroadHostPattern(pattern)).toBe(false),
  );
});
