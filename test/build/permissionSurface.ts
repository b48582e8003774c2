import type { Manifest } from './builtExtension';

/** The manifest fields whose change needs a human review, in snapshot order. */
export const REVIEWED_FIELDS = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_security_policy',
  'commands',
  'externally_connectable',
  'web_accessible_resources.matches',
] as const;

export type PermissionSurface = Record<(typeof REVIEWED_FIELDS)[number], unknown>;

/**
 * The reviewed fields of a manifest, missing ones as null. Lists of permission
 * names are sorted: their order means nothing, so reordering must not fail.
 */
export function permissionSurface(manifest: Manifest): PermissionSurface {
  const surface = {} as PermissionSurface;
  for (const field of REVIEWED_FIELDS) {
    const value =
      field === 'web_accessible_resources.matches'
        ? warMatches(manifest.web_accessible_resources)
        : manifest[field];
    surface[field] = sortedIfStrings(value ?? null);
  }
  return surface;
}

/**
 * Only `matches` of web_accessible_resources: the pages that may load the
 * extension's files. The resource names contain build hashes and change with
 * every build, which would make the snapshot useless noise.
 */
function warMatches(resources: unknown): string[] | null {
  if (resources === undefined) return null;
  if (!Array.isArray(resources)) throw new Error('web_accessible_resources is not an array');
  const matches = resources.flatMap((entry: { matches?: unknown }) =>
    Array.isArray(entry.matches) ? (entry.matches as string[]) : [],
  );
  return [...new Set(matches)];
}

function sortedIfStrings(value: unknown): unknown {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? [...value].sort()
    : value;
}

/** Host patterns that grant every site; the extension must never ask for one. */
export const BROAD_HOST_PATTERNS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

// Also catches variants of the list above (a bare `*` host with any scheme or path,
// such as wss), since they grant the same access.
export function isBroadHostPattern(pattern: string): boolean {
  return BROAD_HOST_PATTERNS.includes(pattern) || /^[a-z*]+:\/\/\*\//.test(pattern);
}
