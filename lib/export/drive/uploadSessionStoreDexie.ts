import type { PlpDatabase } from '../../db/schema';
import type { UploadSessionStore } from './uploadSessionStore';

/** Google forgets a resumable session after about a week; older rows only waste a status query. */
export const UPLOAD_SESSION_MAX_AGE_MS = 6 * 24 * 60 * 60 * 1000;

/**
 * Upload sessions in IndexedDB (table driveUploads), so an upload the service worker was running
 * when it was stopped, or when the browser closed, resumes from the offset Drive confirmed.
 * Each put is its own (strict-durability) transaction: a chunk Drive acknowledged is never
 * forgotten by a crash that follows.
 */
export function createDexieUploadSessionStore(
  db: PlpDatabase,
  now: () => number = Date.now,
): UploadSessionStore {
  return {
    async get(key) {
      const row = await db.driveUploads.get(key);
      if (!row) return undefined;
      if (now() - row.updatedAt > UPLOAD_SESSION_MAX_AGE_MS) {
        await db.driveUploads.delete(key);
        return undefined;
      }
      return { sessionUri: row.sessionUri, offset: row.offset, size: row.size };
    },
    async put(key, session) {
      await db.driveUploads.put({ key, ...session, updatedAt: now() });
    },
    async delete(key) {
      await db.driveUploads.delete(key);
    },
  };
}
