import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { LibraryCardStore } from '@/lib/library/LibraryCardStore';
import { useDatabase } from '../app/DatabaseProvider';

/**
 * One card store for the page. Re-renders the caller whenever a watched card
 * loads or changes; the results list tells the store which keys to watch.
 */
export function useLibraryCards(): LibraryCardStore {
  const { db } = useDatabase();
  const store = useMemo(() => new LibraryCardStore(db), [db]);
  useEffect(() => () => store.dispose(), [store]);
  useSyncExternalStore(store.subscribe, store.getVersion);
  return store;
}
