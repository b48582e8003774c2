import { i18n } from '#i18n';
import { useState } from 'react';
import { restoreTags, tagItems } from '@/lib/library/bulkTag';
import { moveToTrash, restoreFromTrash } from '@/lib/library/trash';
import { selectedKeys } from '@/lib/library/librarySelection';
import { tagChangeFor, type TagTarget } from '@/lib/library/libraryTagTarget';
import { restoredSentence, tagSentence, trashedSentence } from '@/lib/library/libraryText';
import { useDatabase } from '../app/DatabaseProvider';
import type { UndoToastState } from './useUndoToast';

/** The library's bulk actions: each one reports in the toast and offers Undo. */
export function useLibraryActions(toast: UndoToastState) {
  const { db, reportError } = useDatabase();
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      // A storage problem also shows the app's banner, which says what to do.
      reportError(error);
      toast.show(i18n.t('library.failed'));
    } finally {
      setBusy(false);
    }
  }

  function tag(keyStrings: readonly string[], target: TagTarget, name: string, add: boolean) {
    const keys = selectedKeys(keyStrings);
    const action = add ? 'add' : 'remove';
    return run(async () => {
      const before = await tagItems(db, keys, tagChangeFor(target, action));
      toast.show(tagSentence(keys.length, name, action), async () => {
        await restoreTags(db, before);
        toast.show(
          i18n.t('library.toast.undone', { sentence: tagSentence(keys.length, name, action) }),
        );
      });
    });
  }

  function trash(keyStrings: readonly string[], onDone: () => void) {
    const keys = selectedKeys(keyStrings);
    return run(async () => {
      await moveToTrash(db, keys);
      onDone();
      toast.show(trashedSentence(keys.length), async () => {
        await restoreFromTrash(db, keys);
        toast.show(restoredSentence(keys.length));
      });
    });
  }

  return { busy, tag, trash };
}
