import type { PlpDatabase } from '../db/schema';
import type { EvidenceKind, MediaRecord } from '../db/records';

/**
 * The parts of `navigator.storage` the Storage page uses. Every method is
 * optional because older browsers and some contexts lack them; the page says
 * so instead of failing.
 */
export interface StorageManagerLike {
  estimate?: () => Promise<StorageEstimate & { usageDetails?: Record<string, number> }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export interface StorageSummary {
  /** Bytes this extension uses, or null when the browser won't say. */
  usage: number | null;
  /** Bytes the browser allows this extension, or null when unknown. */
  quota: number | null;
  /** quota − usage, never below 0; null when either is unknown. */
  free: number | null;
  /** Chromium's breakdown by storage kind (indexedDB, caches, …), or null elsewhere. */
  usageDetails: Record<string, number> | null;
  /** Whether the browser promised not to clear this data; null when it can't say. */
  persisted: boolean | null;
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Reads how much is used, how much is allowed and whether storage is persistent. */
export async function readStorageSummary(
  storage: StorageManagerLike | undefined,
): Promise<StorageSummary> {
  // Each call may be missing or may reject (e.g. in a private window); one failure
  // must not hide what the other could tell.
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  const usage = isFiniteNumber(estimate?.usage) ? estimate.usage : null;
  const quota = isFiniteNumber(estimate?.quota) ? estimate.quota : null;
  const details = estimate?.usageDetails;
  const usageDetails =
    details && typeof details === 'object'
      ? Object.fromEntries(Object.entries(details).filter(([, bytes]) => isFiniteNumber(bytes)))
      : null;
  return {
    usage,
    quota,
    free: usage !== null && quota !== null ? Math.max(0, quota - usage) : null,
    usageDetails,
    persisted: typeof persisted === 'boolean' ? persisted : null,
  };
}

export type PersistResult = 'granted' | 'refused' | 'unsupported' | 'failed';

/** Asks the browser to keep this extension's data through automatic clean-up. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined,
): Promise<PersistResult> {
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'failed';
  }
}

/**
 * Rows read per request while summing media sizes. `size` is not indexed (and
 * shouldn't be: nothing else queries it), so the sizes can only come from the
 * rows themselves; reading keys from the ownerId index alone is not enough.
 * Dexie's `each` opens a cursor with one IndexedDB round trip per row. Paging
 * with `limit` lets Dexie use `getAll(range, count)`: one round trip per page.
 * Both deserialize the whole row, but a stored Blob comes back as a handle,
 * so its bytes are never read. A page of 500 keeps memory small with years of clips.
 */
export const MEDIA_PAGE_SIZE = 500;

/** Total stored bytes per media owner (a clip's or reflection's id), in one pass over `media`. */
export async function mediaBytesByOwner(
  db: PlpDatabase,
  pageSize = MEDIA_PAGE_SIZE,
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  let lastId: string | null = null;
  for (;;) {
    const collection =
      lastId === null ? db.media.orderBy(':id') : db.media.where(':id').above(lastId);
    const page: MediaRecord[] = await collection.limit(pageSize).toArray();
    for (const row of page) {
      const size = isFiniteNumber(row.size) ? row.size : 0;
      totals.set(row.ownerId, (totals.get(row.ownerId) ?? 0) + size);
    }
    if (page.length < pageSize) return totals;
    lastId = page.at(-1)!.id;
  }
}

export interface LargeItem {
  id: string;
  title: string;
  kind: EvidenceKind;
  capturedAt: number;
  /** Sum of the sizes of all of the clip's media: main copy, thumbnail and parts. */
  bytes: number;
  /** Whether the viewer has something to show (a clip with a main media row). */
  hasSavedCopy: boolean;
}

export const LARGEST_ITEMS_LIMIT = 5;

/**
 * The clips that take the most space, largest first. Owners that are not
 * clips (reflections' recordings, or media left behind by a clip that no
 * longer exists) are skipped, so the list is only of things the student can
 * open and delete here. Ties keep a stable order by id.
 */
export async function largestEvidence(
  db: PlpDatabase,
  limit = LARGEST_ITEMS_LIMIT,
): Promise<LargeItem[]> {
  // One read transaction: the sizes and the clips come from the same moment.
  return db.transaction('r', db.media, db.evidence, async () => {
    const totals = await mediaBytesByOwner(db);
    const ranked = [...totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    const items: LargeItem[] = [];
    // Usually the first `limit` owners are all clips; read more only when some aren't.
    for (let start = 0; start < ranked.length && items.length < limit; start += limit) {
      const slice = ranked.slice(start, start + limit);
      const rows = await db.evidence.bulkGet(slice.map(([id]) => id));
      slice.forEach(([, bytes], index) => {
        const row = rows[index];
        if (!row || items.length >= limit) return;
        items.push({
          id: row.id,
          title: row.title || row.pageTitle || row.url,
          kind: row.kind,
          capturedAt: row.capturedAt,
          bytes,
          hasSavedCopy: row.mediaId !== null,
        });
      });
    }
    return items;
  });
}
