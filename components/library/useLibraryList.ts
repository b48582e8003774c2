import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { filterLibrary } from '@/lib/library/queryLibrary';
import { loadLibraryBase } from '@/lib/library/libraryBase';
import { libraryKeyString, type LibraryEntry } from '@/lib/library/libraryQuery';
import { libraryQueryKey, toLibraryQuery, type LibraryFilters } from '@/lib/library/libraryFilters';
import { useDatabase } from '../app/DatabaseProvider';

export interface LibraryList {
  entries: readonly LibraryEntry[];
  /** The entries' key strings ("e:<id>"), in the same order. */
  keys: readonly string[];
  /** 'ready' once `entries` answer the current filters; until then they are the previous answer. */
  state: 'loading' | 'ready';
  /** False only before the very first answer. */
  loaded: boolean;
  /** Identifies the query `entries` answer: a new one resets scrolling. */
  queryKey: string;
}

const NO_ENTRIES: readonly LibraryEntry[] = [];

/**
 * The ordered keys for the current filters, kept live in two layers: the
 * base (every item's date, kind, trash state and, for title sort, title)
 * is walked once and re-read only when items come, go or move to the trash;
 * each filter or search then reads only the small index ranges it names
 * (lib/library/queryLibrary.ts filterLibrary). No debounce, so the first keystroke answers at once; but only one query
 * runs at a time: keystrokes typed while one runs are folded into the next,
 * so fast typing on a slow Chromebook never queues up stale searches.
 */
export function useLibraryList(filters: LibraryFilters, trash = false): LibraryList {
  const { db } = useDatabase();
  const requested = useMemo(() => toLibraryQuery(filters, trash), [filters, trash]);
  const requestedKey = libraryQueryKey(requested);
  const [running, setRunning] = useState(requested);
  const runningKey = libraryQueryKey(running);
  // Tagged with the query it answers: useLiveQuery keeps showing the previous
  // answer while a new one is computed, and the page must say it is loading.
  const withTitles = running.sort === 'title';
  const base = useLiveQuery(() => loadLibraryBase(db, { withTitles }), [db, withTitles]);
  const baseFits = base !== undefined && base.withTitles === withTitles;
  const result = useLiveQuery(
    async () =>
      baseFits
        ? { queryKey: runningKey, entries: await filterLibrary(db, base, running) }
        : undefined,
    [db, base, baseFits, runningKey],
  );
  const runningDone = result?.queryKey === runningKey;
  // React's "adjust state while rendering" pattern: start the newest query as soon as the last one answered.
  if (runningDone && runningKey !== requestedKey) setRunning(requested);
  const entries = result?.entries ?? NO_ENTRIES;
  const keys = useMemo(() => entries.map(libraryKeyString), [entries]);
  return {
    entries,
    keys,
    state: runningDone && runningKey === requestedKey ? 'ready' : 'loading',
    loaded: result !== undefined,
    queryKey: result?.queryKey ?? runningKey,
  };
}
