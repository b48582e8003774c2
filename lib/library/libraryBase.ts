import type { PlpDatabase } from '../db/schema';
import type { LibraryEntry, LibraryKind } from './libraryQuery';

/** One listed item as the indexes know it: enough to filter by kind, date and trash, and to sort. */
export interface BaseRow extends LibraryEntry {
  kind: LibraryKind | 'reflection';
  /** The sort title; '' unless the base was loaded with titles. */
  title: string;
  trashed: boolean;
}

/** Every clip and reflection, oldest first, as the indexes know them. */
export interface LibraryBase {
  rows: readonly BaseRow[];
  withTitles: boolean;
}

/**
 * Reads the whole library's order from indexes alone, never a record: a
 * key-cursor walk of evidence's [capturedAt+kind] index, the (few)
 * reflections' createdAt, the sort titles when asked, and the trash. In
 * Chromium each index entry costs about 15 µs whatever the API (getAllKeys
 * is hardly faster than a cursor), so 10,000 clips cost about 200 ms: the
 * library loads this once and keeps it live (it changes only when items are
 * added, deleted, trashed or restored), and each search or filter then needs
 * only the small index ranges it names (lib/library/queryLibrary.ts).
 */
export async function loadLibraryBase(
  db: PlpDatabase,
  { withTitles }: { withTitles: boolean },
): Promise<LibraryBase> {
  return db.transaction('r', db.evidence, db.reflections, async () => {
    const rows: BaseRow[] = [];
    const byId = new Map<string, BaseRow>();
    await db.evidence.orderBy('[capturedAt+kind]').eachKey((key, cursor) => {
      const [date, kind] = key as [number, LibraryKind];
      const row: BaseRow = {
        table: 'evidence',
        id: cursor.primaryKey as string,
        date,
        kind,
        title: '',
        trashed: false,
      };
      rows.push(row);
      byId.set(`e:${row.id}`, row);
    });
    const reflections: BaseRow[] = [];
    await db.reflections.orderBy('createdAt').eachKey((date, cursor) => {
      const row: BaseRow = {
        table: 'reflections',
        id: cursor.primaryKey as string,
        date: date as number,
        kind: 'reflection',
        title: '',
        trashed: false,
      };
      reflections.push(row);
      byId.set(`r:${row.id}`, row);
    });
    const [trashedEvidence, trashedReflections] = await Promise.all([
      db.evidence.where('deletedAt').above(0).primaryKeys(),
      db.reflections.where('deletedAt').above(0).primaryKeys(),
    ]);
    for (const id of trashedEvidence) markTrashed(byId.get(`e:${id}`));
    for (const id of trashedReflections) markTrashed(byId.get(`r:${id}`));
    if (withTitles) {
      await db.evidence.orderBy('sortTitle').eachKey((title, cursor) => {
        setTitle(byId.get(`e:${String(cursor.primaryKey)}`), title);
      });
      await db.reflections.orderBy('sortTitle').eachKey((title, cursor) => {
        setTitle(byId.get(`r:${String(cursor.primaryKey)}`), title);
      });
    }
    return { rows: mergeByDate(rows, reflections), withTitles };
  });
}

function markTrashed(row: BaseRow | undefined): void {
  if (row) row.trashed = true;
}

function setTitle(row: BaseRow | undefined, title: unknown): void {
  if (row) row.title = String(title);
}

/** Both lists are oldest first already: a linear merge keeps that. */
function mergeByDate(a: readonly BaseRow[], b: readonly BaseRow[]): BaseRow[] {
  const out: BaseRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]!.date <= b[j]!.date) ? a[i++] : b[j++];
    out.push(next!);
  }
  return out;
}
