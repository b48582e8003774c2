import type { Dexie } from 'dexie';
import { describeStorageError, type StorageProblem } from './describeStorageError';

export type OpenResult = { ok: true } | { ok: false; problem: StorageProblem };

/**
 * Opens the database and reports, instead of throwing, when the browser won't
 * let us store anything (Firefox private windows, a full disk, a blocked
 * profile). Callers show a banner; nothing crashes.
 */
export async function openDatabase(db: Dexie): Promise<OpenResult> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      return {
        ok: false,
        problem: { kind: 'unavailable', detail: 'indexedDB is not available here' },
      };
    }
    await db.open();
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: describeStorageError(error) };
  }
}
