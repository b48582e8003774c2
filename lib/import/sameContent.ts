/** Fields a bundle never carries: derived by hooks, or the trash marker. */
const IGNORED = new Set(['searchWords', 'sortTitle', 'deletedAt']);

/**
 * Whether a bundle record and a stored one say the same thing, whatever the
 * key order (IndexedDB and valibot order keys differently).
 */
export function sameContent(incoming: object, stored: object): boolean {
  return deepEqual(strip(incoming), strip(stored));
}

function strip(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !IGNORED.has(key)));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
