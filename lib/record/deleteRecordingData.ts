import type { PlpDatabase } from '../db/schema';

/**
 * Removes a recording and everything made from it: its chunks, its row, its
 * reflection and any media processing already wrote for either. One
 * transaction, so nothing is left half-deleted.
 */
export async function deleteRecordingData(
  db: PlpDatabase,
  ids: { recordingId: string; reflectionId: string },
): Promise<void> {
  await db.transaction(
    'rw',
    [db.recordingChunks, db.recordings, db.reflections, db.media],
    async () => {
      await db.recordingChunks.where('recordingId').equals(ids.recordingId).delete();
      await db.media.where('ownerId').anyOf([ids.reflectionId, ids.recordingId]).delete();
      await db.recordings.delete(ids.recordingId);
      await db.reflections.delete(ids.reflectionId);
    },
  );
}
