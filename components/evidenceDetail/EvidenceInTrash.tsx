import { i18n } from '#i18n';
import { useState } from 'react';
import type { EvidenceRecord } from '@/lib/db/records';
import { restoreFromTrash, trashExpiresAt } from '@/lib/library/trash';
import { useDatabase } from '../app/DatabaseProvider';
import { useFocusOnMount } from './useFocusOnMount';

/** "12 June 2025" in the reader's own locale. */
const EXPIRY_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/** A clip in the trash: say so, and offer it back (it reappears here once restored). */
export function EvidenceInTrash({
  record,
  deletedAt,
}: {
  record: EvidenceRecord;
  deletedAt: number;
}) {
  const { db, reportError } = useDatabase();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [restoring, setRestoring] = useState(false);
  const [failed, setFailed] = useState(false);
  const expires = new Date(trashExpiresAt(deletedAt));

  async function restore() {
    setRestoring(true);
    setFailed(false);
    try {
      await restoreFromTrash(db, [{ table: 'evidence', id: record.id }]);
    } catch (error) {
      if (!reportError(error)) setFailed(true);
      setRestoring(false);
    }
  }

  return (
    <section className="evidence-detail-gone" aria-labelledby="evidence-trashed-heading">
      <h2 id="evidence-trashed-heading" ref={heading} tabIndex={-1}>
        {i18n.t('evidenceDetail.trash.heading')}
      </h2>
      <p>
        {i18n.t('evidenceDetail.trash.willBeDeleted', {
          title: record.title || record.pageTitle || record.url,
        })}{' '}
        <time dateTime={expires.toISOString()}>
          {expires.toLocaleDateString(undefined, EXPIRY_FORMAT)}
        </time>
        {i18n.t('evidenceDetail.trash.restoreToUse')}
      </p>
      <div className="evidence-detail-actions">
        <button
          type="button"
          className="primary"
          disabled={restoring}
          onClick={() => void restore()}
        >
          {i18n.t('evidenceDetail.restore')}
        </button>
        <a href="#/trash">{i18n.t('evidenceDetail.trash.goToTrash')}</a>
        <a href="#/evidence">{i18n.t('evidenceDetail.backToEvidence')}</a>
      </div>
      {failed && (
        <p role="alert" className="field-error">
          {i18n.t('evidenceDetail.trash.restoreFailed')}
        </p>
      )}
    </section>
  );
}
