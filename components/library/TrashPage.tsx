import { i18n } from '#i18n';
import { useRef, useState, type MouseEvent } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { EMPTY_LIBRARY_FILTERS } from '@/lib/library/libraryFilters';
import type { LibraryKey } from '@/lib/library/libraryQuery';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { deleteForever, moveToTrash, restoreFromTrash, TRASH_DAYS } from '@/lib/library/trash';
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
      toast.show(i18n.t('library.failed'));
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
      toast.show(i18n.t('library.trash.restored', { title: card.title }), async () => {
        await moveToTrash(db, keys);
        toast.show(i18n.t('library.trash.trashedAgain', { title: card.title }));
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
        what.what === 'one'
          ? i18n.t('library.trash.deleted', { title: what.card.title })
          : i18n.t('library.trash.empty'),
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
          {i18n.t('library.trash.heading')}
        </h2>
        <a href="#/evidence" onClick={back}>
          {i18n.t('library.trash.back')}
        </a>
      </div>
      <p className="hint">{i18n.t('library.trash.hint', { days: TRASH_DAYS })}</p>
      {!list.loaded ? (
        <p role="status">{i18n.t('library.trash.loading')}</p>
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
              {count === 0
                ? i18n.t('library.trash.empty')
                : i18n.t('library.trash.count', count, [count.toLocaleString()])}
            </p>
            {count > 0 && (
              <button
                type="button"
                className="danger"
                aria-disabled={busy}
                onClick={() => !busy && setConfirming({ what: 'all', count })}
              >
                {i18n.t('library.trash.emptyTrash')}
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
              label={i18n.t('library.trash.listLabel')}
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
          title={
            confirming.what === 'one'
              ? i18n.t('library.trash.confirmOneTitle')
              : i18n.t('library.trash.confirmAllTitle')
          }
          message={
            confirming.what === 'one'
              ? i18n.t('library.trash.confirmOne', { title: confirming.card.title })
              : i18n.t('library.trash.confirmAll', confirming.count, [
                  confirming.count.toLocaleString(),
                ])
          }
          confirmLabel={
            confirming.what === 'one'
              ? i18n.t('library.trash.deleteForever')
              : i18n.t('library.trash.emptyTrash')
          }
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
