import type { Table } from 'dexie';
import type { PlpDatabase } from '../db/schema';
import { searchPrefixes } from '../search/searchWords';
import type { LibraryEntry, LibraryQuery, LibraryTable } from './libraryQuery';

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

/** Pairs each id with its index value by walking one index: no record is read. */
async function indexValues<T>(table: AnyTable, index: string): Promise<Map<string, T>> {
  const collection = table.orderBy(index);
  const [values, ids] = await Promise.all([collection.keys(), collection.primaryKeys()]);
  const map = new Map<string, T>();
  ids.forEach((id, i) => map.set(id, values[i] as T));
  return map;
}

interface TablePlan {
  table: LibraryTable;
  dexie: AnyTable;
  dateIndex: 'capturedAt' | 'createdAt';
  /** Evidence kinds to keep, or null for every row of the table. */
  kinds: string[] | null;
}

async function queryTable(plan: TablePlan, query: LibraryQuery, prefixes: string[]) {
  const { dexie } = plan;
  const [dates, titles, trash, goals, skills, kinds, words] = await Promise.all([
    indexValues<number>(dexie, plan.dateIndex),
    query.sort === 'title' ? indexValues<string>(dexie, 'sortTitle') : null,
    dexie.where('deletedAt').above(0).primaryKeys(),
    query.goalIds.length ? idsWithAny(dexie, 'goalIds', query.goalIds) : null,
    query.skillIds.length ? idsWithAny(dexie, 'skillIds', query.skillIds) : null,
    plan.kinds ? idsWithAny(dexie, 'kind', plan.kinds) : null,
    prefixes.length ? idsMatchingAll(dexie, prefixes) : null,
  ]);
  const trashed = new Set(trash);
  const entries: (LibraryEntry & { title: string })[] = [];
  for (const [id, date] of dates) {
    if (trashed.has(id) !== query.trash) continue;
    if (query.from !== null && date < query.from) continue;
    if (query.to !== null && date > query.to) continue;
    if (goals && !goals.has(id)) continue;
    if (skills && !skills.has(id)) continue;
    if (kinds && !kinds.has(id)) continue;
    if (words && !words.has(id)) continue;
    entries.push({ table: plan.table, id, date, title: titles?.get(id) ?? '' });
  }
  return entries;
}

/**
 * The library's list for a query, in order, as keys only: filters and search
 * are index lookups intersected in memory, so 10,000 items answer in a few
 * milliseconds and no article text is read. Rows load their records when
 * they scroll into view.
 */
export async function queryLibrary(db: PlpDatabase, query: LibraryQuery): Promise<LibraryEntry[]> {
  const prefixes = searchPrefixes(query.text);
  const evidenceKinds = query.kinds.filter((kind) => kind !== 'reflection');
  const wantsReflections = query.kinds.length === 0 || query.kinds.includes('reflection');
  const wantsEvidence = query.kinds.length === 0 || evidenceKinds.length > 0;
  const plans: TablePlan[] = [];
  if (wantsEvidence) {
    plans.push({
      table: 'evidence',
      dexie: db.evidence as unknown as AnyTable,
      dateIndex: 'capturedAt',
      kinds: query.kinds.length ? evidenceKinds : null,
    });
  }
  if (wantsReflections) {
    plans.push({
      table: 'reflections',
      dexie: db.reflections as unknown as AnyTable,
      dateIndex: 'createdAt',
      kinds: null,
    });
  }
  const tables = plans.map((plan) => plan.dexie);
  const lists = await db.transaction('r', tables, () =>
    Promise.all(plans.map((plan) => queryTable(plan, query, prefixes))),
  );
  const all = lists.flat();
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const byTitle = (a: { title: string }, b: { title: string }) =>
    collator.compare(a.title, b.title);
  if (query.sort === 'title') all.sort((a, b) => byTitle(a, b) || b.date - a.date);
  else if (query.sort === 'oldest') all.sort((a, b) => a.date - b.date);
  else all.sort((a, b) => b.date - a.date);
  return all.map(({ table, id, date }) => ({ table, id, date }));
}
