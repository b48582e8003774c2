/**
 * Carries a library selection to the Export page: "Export selected…" in the library writes the
 * chosen items here, and the Export page offers them as a scope. sessionStorage, because both
 * pages live in the same dashboard tab and a selection should not outlive it.
 */
import * as v from 'valibot';
import type { LibraryKey } from '../library/libraryQuery';

const STORAGE_KEY = 'plp.exportSelection';

const selectionSchema = v.pipe(
  v.array(v.object({ table: v.picklist(['evidence', 'reflections']), id: v.string() })),
  v.maxLength(100_000),
);

type SessionStore = Pick<Storage, 'getItem' | 'setItem'>;

export function saveExportSelection(
  keys: readonly LibraryKey[],
  store: SessionStore = sessionStorage,
): void {
  store.setItem(STORAGE_KEY, JSON.stringify(keys.map(({ table, id }) => ({ table, id }))));
}

/** The selection the library handed over, or [] when there is none (or it is unreadable). */
export function readExportSelection(store: SessionStore = sessionStorage): LibraryKey[] {
  try {
    const parsed = v.safeParse(selectionSchema, JSON.parse(store.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.output : [];
  } catch {
    return [];
  }
}
