import type { PlpDatabase } from '../db/schema';
import type { MediaRecord } from '../db/records';
import type { ConvertedVideo } from '../compress/CompressEngine';

/**
 * Saves a verified video in ONE transaction: the new media rows, the
 * reflection pointing at them, the replaced media gone, and only then the
 * recording's chunks gone too. A crash or a full disk at any point leaves
 * either everything before (original kept, retry possible) or everything
 * after. The database opens transactions with strict durability (schema.ts),
 * so "committed" means on disk. Returns false if the reflection was deleted
 * meanwhile (nothing is stored then).
 */
export async function storeProcessedVideo(
  deps: { db: PlpDatabase; now: () => number; newId: () => string },
  reflectionId: string,
  result: Pick<ConvertedVideo, 'video' | 'poster' | 'durationMs'>,
): Promise<boolean> {
  const { db, now, newId } = deps;
  const media = (blob: Blob, mimeType: string): MediaRecord => ({
    id: newId(),
    ownerId: reflectionId,
    mimeType,
    size: blob.size,
    blob,
    createdAt: now(),
  });
  const video = media(result.video, 'video/mp4');
  const poster = result.poster ? media(result.poster, result.poster.type || 'image/jpeg') : null;

  return db.transaction(
    'rw',
    [db.reflections, db.media, db.recordings, db.recordingChunks],
    async () => {
      const current = await db.reflections.get(reflectionId);
      if (!current) return false;
      await db.media.bulkAdd(poster ? [video, poster] : [video]);
      const replaced = [current.mediaId, current.posterMediaId].filter(
        (id): id is string => id !== null,
      );
      await db.media.bulkDelete(replaced);
      await db.reflections.update(reflectionId, {
        status: 'ready',
        mediaId: video.id,
        posterMediaId: poster?.id ?? null,
        durationMs: result.durationMs,
        processing: null,
        failure: null,
        updatedAt: now(),
      });
      if (current.recordingId) {
        await db.recordingChunks.where('recordingId').equals(current.recordingId).delete();
        const recording = await db.recordings.get(current.recordingId);
        // A recovered (interrupted) recording is now a normal finished one.
        if (recording && recording.status !== 'stopped') {
          await db.recordings.update(recording.id, { status: 'stopped' });
        }
      }
      return true;
    },
  );
}
