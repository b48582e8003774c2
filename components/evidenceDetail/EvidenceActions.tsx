import { i18n } from '#i18n';
import type { EvidenceRecord } from '@/lib/db/records';
import { isWebUrl } from '@/lib/urls/webUrl';

/** What the student can do with the clip as a whole. */
export function EvidenceActions({
  record,
  busy,
  onMoveToTrash,
}: {
  record: EvidenceRecord;
  busy: boolean;
  onMoveToTrash: () => void;
}) {
  return (
    <div className="evidence-detail-actions">
      {/* Only web pages: an imported row could hold a javascript: or file: URL. */}
      {isWebUrl(record.url) && (
        <a className="button-link" href={record.url} target="_blank" rel="noopener noreferrer">
          {i18n.t('evidenceDetail.actions.openOriginal')}
        </a>
      )}
      {record.mediaId !== null && (
        <a
          className="button-link"
          href={`viewer.html#${encodeURIComponent(record.id)}`}
          target="_blank"
          rel="noopener"
        >
          {i18n.t('evidenceDetail.actions.openSavedCopy')}
        </a>
      )}
      <button type="button" className="danger" disabled={busy} onClick={onMoveToTrash}>
        {i18n.t('evidenceDetail.moveToTrash')}
      </button>
    </div>
  );
}
