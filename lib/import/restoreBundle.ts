import type { PlpDatabase } from '../db/schema';
import type { MediaRecord } from '../db/records';
import type { BundleMedia } from '../export/bundle/manifestSchema';
import type { ValidatedBundle } from './validateBundle';
import { sameContent } from './sameContent';

export interface RestoreCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface RestoreResult extends RestoreCounts {
  /** The totals above cover records (what a student calls items); media files are counted here. */
  byTable: Record<'goals' | 'skills' | 'evidence' | 'reflections' | 'media', RestoreCounts>;
}

type Decision = 'add' | 'update' | 'skip';
type Row = { id: string; updatedAt?: number };

/**
 * Merges a validated bundle into the database in ONE transaction: any failure
 * (a full disk, a hook throwing) rolls everything back, leaving the database
 * exactly as it was. Records match by id only (never by title):
 * - not stored yet: added;
 * - stored with the same content: skipped (importing twice adds nothing);
 *   search fields, which hooks derive, and the trash marker don't count;
 * - stored with different content: the copy with the newer updatedAt wins,
 *   the stored one on a tie. Skills have no updatedAt: the stored skill wins.
 *   A bundle copy that wins is live, so it also comes back from the trash.
 * Media files follow their item: an item added or replaced brings its files
 * and drops the files it no longer uses; a skipped item only gains files it
 * was missing.
 */
export async function restoreBundle(
  db: PlpDatabase,
  bundle: ValidatedBundle,
): Promise<RestoreResult> {
  const { manifest } = bundle;
  const result = emptyResult();
  await db.transaction(
    'rw',
    [db.goals, db.skills, db.evidence, db.reflections, db.media],
    async () => {
      const decide = async <T extends Row>(
        table: 'goals' | 'skills' | 'evidence' | 'reflections',
        rows: T[],
      ) => {
        const stored = (await db.table(table).bulkGet(rows.map((row) => row.id))) as (
          T | undefined
        )[];
        return rows.map((row, index) => {
          const current = stored[index];
          const decision = decideFor(row, current);
          result.byTable[table][
            decision === 'add' ? 'added' : decision === 'update' ? 'updated' : 'skipped'
          ] += 1;
          return { row, current, decision };
        });
      };

      for (const { row, decision } of await decide('skills', manifest.skills)) {
        if (decision !== 'skip') await db.skills.put(row);
      }
      for (const { row, decision } of await decide('goals', manifest.goals)) {
        if (decision !== 'skip') await db.goals.put(row);
      }
      const ownerDecisions = new Map<string, Decision>();
      for (const { row, current, decision } of await decide('evidence', manifest.evidence)) {
        ownerDecisions.set(row.id, decision);
        if (decision === 'skip') continue;
        const derived = storedDerivedFields(current);
        await db.evidence.put({ ...derived, ...row, deletedAt: null });
      }
      for (const { row, current, decision } of await decide('reflections', manifest.reflections)) {
        ownerDecisions.set(row.id, decision);
        if (decision === 'skip') continue;
        const derived = storedDerivedFields(current);
        await db.reflections.put({ ...derived, ...row, deletedAt: null });
      }
      await restoreMedia(db, bundle, ownerDecisions, result.byTable.media);
    },
  );
  for (const table of ['goals', 'skills', 'evidence', 'reflections'] as const) {
    result.added += result.byTable[table].added;
    result.updated += result.byTable[table].updated;
    result.skipped += result.byTable[table].skipped;
  }
  return result;
}

/** Keeping the stored search fields lets the updating hook re-derive only what changed. */
function storedDerivedFields(stored: object | undefined): {
  searchWords: string[];
  sortTitle: string;
} {
  const fields = stored as { searchWords?: string[]; sortTitle?: string } | undefined;
  return { searchWords: fields?.searchWords ?? [], sortTitle: fields?.sortTitle ?? '' };
}

function decideFor<T extends Row>(incoming: T, stored: T | undefined): Decision {
  if (!stored) return 'add';
  if (sameContent(incoming, stored)) return 'skip';
  if (incoming.updatedAt === undefined || stored.updatedAt === undefined) return 'skip';
  return incoming.updatedAt > stored.updatedAt ? 'update' : 'skip';
}

async function restoreMedia(
  db: PlpDatabase,
  bundle: ValidatedBundle,
  ownerDecisions: ReadonlyMap<string, Decision>,
  counts: RestoreCounts,
): Promise<void> {
  const entries = bundle.manifest.media;
  const existing = await db.media.bulkGet(entries.map((entry) => entry.id));
  const replacedOwners = [...ownerDecisions].filter(([, d]) => d === 'update').map(([id]) => id);
  const incomingIds = new Set(entries.map((entry) => entry.id));
  // Files a replaced item no longer uses would be orphans nobody can reach.
  const stale = await db.media.where('ownerId').anyOf(replacedOwners).primaryKeys();
  await db.media.bulkDelete(stale.filter((id) => !incomingIds.has(id)));

  const writes: MediaRecord[] = [];
  entries.forEach((entry, index) => {
    const ownerChanged = ownerDecisions.get(entry.ownerId) !== 'skip';
    if (existing[index] && !ownerChanged) return void (counts.skipped += 1);
    if (existing[index]) counts.updated += 1;
    else counts.added += 1;
    writes.push(toMediaRecord(entry, bundle.media.get(entry.id)));
  });
  await db.media.bulkPut(writes);
}

function toMediaRecord(entry: BundleMedia, blob: Blob | undefined): MediaRecord {
  // validateBundle read every listed file; a gap here is a programming error.
  if (!blob) throw new Error(`Validated bundle lacks media ${entry.id}`);
  return {
    id: entry.id,
    ownerId: entry.ownerId,
    mimeType: entry.mimeType,
    size: entry.size,
    blob,
    createdAt: entry.createdAt,
  };
}

function emptyResult(): RestoreResult {
  const zero = (): RestoreCounts => ({ added: 0, updated: 0, skipped: 0 });
  return {
    ...zero(),
    byTable: {
      goals: zero(),
      skills: zero(),
      evidence: zero(),
      reflections: zero(),
      media: zero(),
    },
  };
}
