/**
 * Where a resumable upload's session URI and confirmed offset are kept between attempts. The app
 * backs this with IndexedDB so an upload survives the MV3 service worker being stopped; tests use
 * the in-memory version.
 */

export interface StoredUploadSession {
  sessionUri: string;
  /** Bytes Drive has confirmed (from its last 308 Range header). */
  offset: number;
  /** The blob's size; a session for a different size is stale and is not resumed. */
  size: number;
}

export interface UploadSessionStore {
  get(key: string): Promise<StoredUploadSession | undefined>;
  put(key: string, session: StoredUploadSession): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createMemoryUploadSessionStore(): UploadSessionStore & {
  entries: Map<string, StoredUploadSession>;
} {
  const entries = new Map<string, StoredUploadSession>();
  return {
    entries,
    get: async (key) => entries.get(key),
    put: async (key, session) => {
      entries.set(key, { ...session });
    },
    delete: async (key) => {
      entries.delete(key);
    },
  };
}
