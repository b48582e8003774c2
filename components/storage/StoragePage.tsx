import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { discardEvidence } from '@/lib/evidence/editEvidence';
import { formatBytes } from '@/lib/storage/formatBytes';
import {
  largestEvidence,
  requestPersistentStorage,
  type LargeItem,
  type PersistResult,
} from '@/lib/storage/storageUsage';
import { useDatabase } from '../app/DatabaseProvider';
import { SchoolSettingsSummary } from '../app/SchoolSettingsSummary';
import { LargeItemRow } from './LargeItemRow';
import { PersistenceControl } from './PersistenceControl';
import { StorageMeter } from './StorageMeter';
import { useStorageSummary } from './useStorageSummary';

/** How much space PLP Companion uses, whether it is safe, and the clips that take the most. */
export function StoragePage() {
  const { db, reportError } = useDatabase();
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const largest = useLiveQuery(() => largestEvidence(db), [db]);
  const { summary, refresh } = useStorageSummary(storage, largest);
  const [persistResult, setPersistResult] = useState<PersistResult | null>(null);
  const [asking, setAsking] = useState(false);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [deleteMessage, setDeleteMessage] = useState('');

  const askToPersist = async () => {
    setAsking(true);
    setPersistResult(await requestPersistentStorage(storage));
    setAsking(false);
    refresh();
  };

  const deleteItem = async (item: LargeItem) => {
    const size = formatBytes(item.bytes);
    if (
      !confirm(
        `Delete “${item.title}” (${size})? The clip and its saved copy are removed for good.`,
      )
    )
      return;
    setDeletingId(item.id);
    try {
      await discardEvidence(db, item.id);
      setDeleteMessage(`Deleted “${item.title}”, freeing about ${size}.`);
    } catch (error) {
      if (!reportError(error))
        setDeleteMessage(`“${item.title}” couldn’t be deleted. Please try again.`);
    } finally {
      setDeletingId(null);
    }
  };

  return (
    <section aria-labelledby="storage-heading" className="storage-page">
      <h2 id="storage-heading">Storage</h2>
      <p className="hint">
        Everything you clip is kept in this browser on this device. Here you can see how much space
        it takes.
      </p>
      {summary ? (
        <>
          <StorageMeter summary={summary} />
          <PersistenceControl
            persisted={summary.persisted}
            result={persistResult}
            busy={asking}
            onRequest={() => void askToPersist()}
          />
        </>
      ) : (
        <p role="status">Checking storage…</p>
      )}
      <h3 id="largest-heading">Largest clips</h3>
      <p role="status" className="storage-delete-result">
        {deleteMessage}
      </p>
      {!largest ? (
        <p role="status">Finding your largest clips…</p>
      ) : largest.length === 0 ? (
        <p data-testid="largest-empty">No saved clips take up space yet.</p>
      ) : (
        <>
          <p className="hint">
            The {largest.length} {largest.length === 1 ? 'clip that takes' : 'clips that take'} the
            most space, largest first. Deleting one you no longer need frees space.
          </p>
          <ul className="large-items" aria-labelledby="largest-heading">
            {largest.map((item) => (
              <LargeItemRow
                key={item.id}
                item={item}
                busy={deletingId !== null}
                onDelete={(target) => void deleteItem(target)}
              />
            ))}
          </ul>
        </>
      )}
      <SchoolSettingsSummary />
    </section>
  );
}
