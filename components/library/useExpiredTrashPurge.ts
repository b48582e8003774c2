import { useEffect } from 'react';
import { emptyExpiredTrash } from '@/lib/library/trash';
import { useDatabase } from '../app/DatabaseProvider';

/** Deletes what has been in the trash for 30 days, once when the page opens. */
export function useExpiredTrashPurge(): void {
  const { db, reportError } = useDatabase();
  useEffect(() => {
    emptyExpiredTrash(db).catch((error: unknown) => {
      // Nothing the student asked for failed; a storage problem still shows its banner.
      reportError(error);
    });
  }, [db, reportError]);
}
