import { useState } from 'react';
import type { EvidenceRecord } from '@/lib/db/records';
import { restoreFromTrash, trashExpiresAt } from '@/lib/library/trash';
import { useDatabase } from '../app/DatabaseProvider';
import { useFocusOnMount } from './useFocusOnMount';

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
        This item is in the trash
      </h2>
      <p>
        “{record.title || record.pageTitle || record.url}” will be deleted for good on{' '}
        <time dateTime={expires.toISOString()}>
          {expires.toLocaleDateString(undefined, { dateStyle: 'long' })}
        </time>
        . Restore it to see it, edit it and use it in your plan again.
      </p>
      <div className="evidence-detail-actions">
        <button
          type="button"
          className="primary"
          disabled={restoring}
          onClick={() => void restore()}
        >
          Restore
        </button>
        <a href="#/trash">Go to the trash</a>
        <a href="#/evidence">Back to my evidence</a>
      </div>
      {failed && (
        <p role="alert" className="field-error">
          It couldn’t be restored. Try again.
        </p>
      )}
    </section>
  );
}
