import type { Table } from 'dexie';
import type { PlpDatabase } from '../db/schema';
import { searchPrefixes } from '../search/searchWords';
import { loadLibraryBase, type BaseRow, type LibraryBase } from './libraryBase';
import type { LibraryEntry, LibraryQuery } from './libraryQuery';

type AnyTable = Table<unknown, string>;

/** Ids whose multi-entry index holds any of the values. */
async function idsWithAny(table: AnyTable, index: string, values: readonly string[]) {
  return new Set<string>(
    await table
      .where(index)
      .anyOf([...values])
      .primaryKeys(),
  );
}

/** Ids with a search word starting with every prefix: one index range per word. */
async function idsMatchingAll(table: AnyTable, prefixes: readonly string[]): Promise<Set<string>> {
  const [first, ...rest] = prefixes;
  if (first === undefined) return new Set();
  let result = new Set<string>(await table.where('searchWords').startsWith(first).primaryKeys());
  for (const prefix of rest) {
    if (result.size === 0) break;
    const ids = new Set<string>(await table.where('searchWords').startsWith(prefix).primaryKeys());
    result = new Set([...result].filter((id) => ids.has(id)));
  }
  return result;
}

/** The ids (as "e:<id>" / "r:<id>") that pass the tag and word filters, or null for "no such filter". */
async function taggedAndMatching(db: PlpDatabase, query: LibraryQuery) {
  const tables: [string, AnyTable][] = [
    ['e', db.evidence as unknown as AnyTable],
    ['r', db.reflections as unknown as AnyTable],
  ];
  const prefixes = searchPrefixes(query.text);
  const filters: ((table: AnyTable) => Promise<Set<string>>)[] = [];
  if (query.goalIds.length) filters.push((t) => idsWithAny(t, 'goalIds', query.goalIds));
  if (query.skillIds.length) filters.push((t) => idsWithAny(t, 'skillIds', query.skillIds));
  if (prefixes.length) filters.push((t) => idsMatchingAll(t, prefixes));
  if (filters.length === 0) return null;
  const keep = new Set<string>();
  for (const [prefix, table] of tables) {
    const found = await Promise.all(filters.map((filter) => filter(table)));
    const [first = new Set<string>(), ...others] = found;
    for (const id of first) {
      if (others.every((set) => set.has(id))) keep.add(`${prefix}:${id}`);
    }
  }
  return keep;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The list for a query over an already loaded base: goals, skills and words
 * are small index ranges; kind, dates and trash are checked in memory. With
 * 10,000 items this answers in milliseconds, which is what lets the library
 * respond to every keystroke.
 */
export async function filterLibrary(
  db: PlpDatabase,
  base: LibraryBase,
  query: LibraryQuery,
): Promise<LibraryEntry[]> {
  if (query.sort === 'title' && !base.withTitles) {
    throw new Error('Sorting by title needs a base loaded with titles');
  }
  const keep = await db.transaction('r', db.evidence, db.reflections, () =>
    taggedAndMatching(db, query),
  );
  const kinds = query.kinds.length ? new Set<string>(query.kinds) : null;
  const rows: BaseRow[] = base.rows.filter(
    (row) =>
      row.trashed === query.trash &&
      (kinds === null || kinds.has(row.kind)) &&
      (query.from === null || row.date >= query.from) &&
      (query.to === null || row.date <= query.to) &&
      (keep === null || keep.has(`${row.table === 'evidence' ? 'e' : 'r'}:${row.id}`)),
  );
  if (query.sort === 'newest') rows.reverse();
  else if (query.sort === 'title')
    rows.sort((a, b) => collator.compare(a.title, b.title) || b.date - a.date);
  return rows.map(({ table, id, date }) => ({ table, id, date }));
}

/**
 * The library's list for a query, in order, as keys only. Loads the base
 * first; a page that queries again and again keeps the base instead
 * (components/library/useLibraryList.ts).
 */
export async function queryLibrary(db: PlpDatabase, query: LibraryQuery): Promise<LibraryEntry[]> {
  const base = await loadLibraryBase(db, { withTitles: query.sort === 'title' });
  return filterLibrary(db, base, query);
}
