import { useCallback, useEffect, useState } from 'react';
import {
  readStorageSummary,
  type StorageManagerLike,
  type StorageSummary,
} from '@/lib/storage/storageUsage';

/**
 * The browser's storage figures, read again whenever `changeKey` changes
 * (the page passes its live list of largest clips, so a new or deleted clip
 * refreshes the meter). The estimate is not a Dexie query, so it can't live
 * inside useLiveQuery.
 */
export function useStorageSummary(
  storage: StorageManagerLike | undefined,
  changeKey: unknown,
): { summary: StorageSummary | null; refresh: () => void } {
  const [summary, setSummary] = useState<StorageSummary | null>(null);
  const [requested, setRequested] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void readStorageSummary(storage).then((next) => {
      if (!cancelled) setSummary(next);
    });
    return () => {
      cancelled = true;
    };
  }, [storage, changeKey, requested]);
  const refresh = useCallback(() => setRequested((n) => n + 1), []);
  return { summary, refresh };
}
