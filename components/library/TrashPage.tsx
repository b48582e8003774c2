import { useRef, useState, type MouseEvent } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { EMPTY_LIBRARY_FILTERS } from '@/lib/library/libraryFilters';
import type { LibraryKey } from '@/lib/library/libraryQuery';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { deleteForever, moveToTrash, restoreFromTrash, TRASH_DAYS } from '@/lib/library/trash';
import { itemCount } from '@/lib/library/libraryText';
import { useDatabase } from '../app/DatabaseProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { LibraryResults } from './LibraryResults';
import { TrashItem } from './TrashItem';
import { UndoToast } from './UndoToast';
import { useExpiredTrashPurge } from './useExpiredTrashPurge';
import { useLibraryCards } from './useLibraryCards';
import { useLibraryList } from './useLibraryList';
import { useUndoToast } from './useUndoToast';
import './library.css';

type Confirming = { what: 'one'; card: LibraryCard } | { what: 'all'; count: number } | null;

const FAILED = 'That didn’t work, so nothing was changed. Please try again.';

/** Items the student moved to the trash: restore them, or delete them for good. */
export function TrashPage({ navigate }: { navigate: (route: DashboardRoute) => void }) {
  const { db, reportError } = useDatabase();
  useExpiredTrashPurge();
  const list = useLibraryList(EMPTY_LIBRARY_FILTERS, true);
  const store = useLibraryCards();
  const toast = useUndoToast();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  // "Deleted for good on …" only needs the day, so the time the page opened will do.
  const [openedAt] = useState(Date.now);
  const heading = useRef<HTMLHeadingElement>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      reportError(error);
      toast.show(FAILED);
    } finally {
      setBusy(false);
      // The item (or the whole list) that had focus is gone: start again from the top.
      heading.current?.focus();
    }
  }

  const restore = (card: LibraryCard) => {
    const keys: LibraryKey[] = [{ table: card.table, id: card.id }];
    void run(async () => {
      await restoreFromTrash(db, keys);
      toast.show(`“${card.title}” is back in My evidence.`, async () => {
        await moveToTrash(db, keys);
        toast.show(`“${card.title}” is in the trash again.`);
      });
    });
  };

  const confirmDelete = () => {
    const what = confirming;
    setConfirming(null);
    if (!what) return;
    const keys =
      what.what === 'one' ? [{ table: what.card.table, id: what.card.id }] : list.entries;
    void run(async () => {
      await deleteForever(db, keys);
      toast.show(
        what.what === 'one' ? `“${what.card.title}” was deleted for good.` : 'The trash is empty.',
      );
    });
  };

  const back = (event: MouseEvent) => {
    event.preventDefault();
    navigate({ view: 'evidence' });
  };

  const count = list.entries.length;
  return (
    <section aria-labelledby="trash-heading" className="library-page trash-page">
      <div className="page-heading">
        <h2 id="trash-heading" ref={heading} tabIndex={-1}>
          Trash
        </h2>
        <a href="#/evidence" onClick={back}>
          Back to my evidence
        </a>
      </div>
      <p className="hint">
        Items stay in the trash for {TRASH_DAYS} days, then they are deleted for good. Until then
        you can restore them with their notes, tags and media.
      </p>
      {!list.loaded ? (
        <p role="status">Loading the trash…</p>
      ) : (
        <>
          <div className="trash-summary">
            <p
              role="status"
              aria-live="polite"
              data-testid="library-count"
              data-count={count}
              data-state={list.state}
            >
              {count === 0 ? 'The trash is empty.' : `${itemCount(count)} in the trash.`}
            </p>
            {count > 0 && (
              <button
                type="button"
                className="danger"
                aria-disabled={busy}
                onClick={() => !busy && setConfirming({ what: 'all', count })}
              >
                Empty trash
              </button>
            )}
          </div>
          <UndoToast state={toast} />
          {count > 0 && (
            <LibraryResults
              entries={list.entries}
              keys={list.keys}
              store={store}
              layout="list"
              label="Items in the trash"
              resetKey={list.queryKey}
              renderItem={(card, position) => (
                <TrashItem
                  card={card}
                  position={position}
                  now={openedAt}
                  busy={busy}
                  onRestore={restore}
                  onDeleteForever={(item) => setConfirming({ what: 'one', card: item })}
                />
              )}
            />
          )}
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={confirming.what === 'one' ? 'Delete forever?' : 'Empty the trash?'}
          message={
            confirming.what === 'one'
              ? `“${confirming.card.title}” and everything saved with it will be deleted. This can’t be undone.`
              : `${itemCount(confirming.count)} and everything saved with them will be deleted. This can’t be undone.`
          }
          confirmLabel={confirming.what === 'one' ? 'Delete forever' : 'Empty trash'}
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
