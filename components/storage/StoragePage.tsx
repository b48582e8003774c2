import { useState } from 'react';
import { i18n } from '#i18n';
import { uiLanguage } from '@/lib/i18n/documentLocale';
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
    const size = formatBytes(item.bytes, uiLanguage());
    const title = item.title;
    if (!confirm(i18n.t('storage.deleteConfirm', { title, size }))) return;
    setDeletingId(item.id);
    try {
      await discardEvidence(db, item.id);
      setDeleteMessage(i18n.t('storage.deleted', { title, size }));
    } catch (error) {
      if (!reportError(error)) setDeleteMessage(i18n.t('storage.deleteFailed', { title }));
    } finally {
      setDeletingId(null);
    }
  };

  return (
    <section aria-labelledby="storage-heading" className="storage-page">
      <h2 id="storage-heading">{i18n.t('storage.heading')}</h2>
      <p className="hint">{i18n.t('storage.intro')}</p>
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
        <p role="status">{i18n.t('storage.checking')}</p>
      )}
      <h3 id="largest-heading">{i18n.t('storage.largestHeading')}</h3>
      <p role="status" className="storage-delete-result">
        {deleteMessage}
      </p>
      {!largest ? (
        <p role="status">{i18n.t('storage.findingLargest')}</p>
      ) : largest.length === 0 ? (
        <p data-testid="largest-empty">{i18n.t('storage.largestEmpty')}</p>
      ) : (
        <>
          <p className="hint">{i18n.t('storage.largestHint', largest.length)}</p>
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
