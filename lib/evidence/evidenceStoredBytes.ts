import type { PlpDatabase } from '../db/schema';

/**
 * How much space a clip takes on the device: every media row it owns (the
 * saved copy, its thumbnail and the parts of a tall screenshot). Found
 * through the ownerId index, so it never depends on the clip's own pointers
 * being complete. The Blobs come back as handles; their bytes are not read.
 */
export async function evidenceStoredBytes(db: PlpDatabase, evidenceId: string): Promise<number> {
  const media = await db.media.where('ownerId').equals(evidenceId).toArray();
  return media.reduce(
    (total, row) => total + (Number.isFinite(row.size) && row.size > 0 ? row.size : 0),
    0,
  );
}
