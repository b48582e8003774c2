import type { PlpDatabase } from '../db/schema';
import { deleteReflection } from '../reflections/reflectionsRepo';
import type { LibraryKey } from './libraryQuery';

/** How long the trash keeps an item before it is deleted for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function split(keys: readonly LibraryKey[]) {
  return {
    evidence: keys.filter((k) => k.table === 'evidence').map((k) => k.id),
    reflections: keys.filter((k) => k.table === 'reflections').map((k) => k.id),
  };
}

async function setDeletedAt(
  db: PlpDatabase,
  keys: readonly LibraryKey[],
  deletedAt: number | null,
): Promise<void> {
  const { evidence, reflections } = split(keys);
  // One transaction: "Move 40 items to the trash" happens all at once or not at all.
  await db.transaction('rw', db.evidence, db.reflections, async () => {
    await db.evidence.where('id').anyOf(evidence).modify({ deletedAt });
    await db.reflections.where('id').anyOf(reflections).modify({ deletedAt });
  });
}

/** Moves items to the trash. They leave every list, count and export until restored. */
export function moveToTrash(
  db: PlpDatabase,
  keys: readonly LibraryKey[],
  now: () => number = Date.now,
): Promise<void> {
  return setDeletedAt(db, keys, now());
}

/** Puts items back where they were, with their tags, notes and media untouched. */
export function restoreFromTrash(db: PlpDatabase, keys: readonly LibraryKey[]): Promise<void> {
  return setDeletedAt(db, keys, null);
}

/** Deletes items and everything they own (screenshots, snapshots, video, recording chunks). */
export async function deleteForever(db: PlpDatabase, keys: readonly LibraryKey[]): Promise<void> {
  const { evidence, reflections } = split(keys);
  await db.transaction(
    'rw',
    [db.evidence, db.reflections, db.media, db.recordings, db.recordingChunks],
    async () => {
      await db.media.where('ownerId').anyOf(evidence).delete();
      await db.evidence.bulkDelete(evidence);
      for (const id of reflections) await deleteReflection(db, id);
    },
  );
}

/** When a trashed item is deleted for good. */
export function trashExpiresAt(deletedAt: number): number {
  return deletedAt + TRASH_DAYS * DAY_MS;
}

/** Deletes what has been in the trash for 30 days; returns how many items went. */
export async function emptyExpiredTrash(
  db: PlpDatabase,
  now: () => number = Date.now,
): Promise<number> {
  const cutoff = now() - TRASH_DAYS * DAY_MS;
  const [evidence, reflections] = await Promise.all([
    db.evidence.where('deletedAt').between(0, cutoff, true, true).primaryKeys(),
    db.reflections.where('deletedAt').between(0, cutoff, true, true).primaryKeys(),
  ]);
  const keys: LibraryKey[] = [
    ...evidence.map((id) => ({ table: 'evidence' as const, id })),
    ...reflections.map((id) => ({ table: 'reflections' as const, id })),
  ];
  if (keys.length > 0) await deleteForever(db, keys);
  return keys.length;
}
