import { i18n } from '#i18n';
import type { PersistResult } from '@/lib/storage/storageUsage';

const RESULT_KEYS = {
  granted: 'storage.persistence.granted',
  refused: 'storage.persistence.refused',
  unsupported: 'storage.persistence.unsupported',
  failed: 'storage.persistence.failed',
} as const satisfies Record<PersistResult, string>;

/** Whether the browser may clear PLP Companion's data on its own, and a way to ask it not to. */
export function PersistenceControl({
  persisted,
  result,
  busy,
  onRequest,
}: {
  persisted: boolean | null;
  result: PersistResult | null;
  busy: boolean;
  onRequest: () => void;
}) {
  return (
    <div className="storage-persistence" data-testid="storage-persistence">
      {persisted === true && (
        <p>
          <strong>{i18n.t('storage.persistence.protected')}</strong>
          {i18n.t('storage.persistence.protectedBody')}
        </p>
      )}
      {persisted === false && (
        <p>
          <strong>{i18n.t('storage.persistence.notProtected')}</strong>
          {i18n.t('storage.persistence.notProtectedBody')}
        </p>
      )}
      {persisted === null && <p>{i18n.t('storage.persistence.unknown')}</p>}
      {persisted !== true && (
        <button type="button" onClick={onRequest} disabled={busy}>
          {i18n.t('storage.persistence.request')}
        </button>
      )}
      <p role="status" className="storage-persist-result" data-testid="persist-result">
        {result ? i18n.t(RESULT_KEYS[result]) : ''}
      </p>
    </div>
  );
}
