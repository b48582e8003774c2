import { i18n } from '#i18n';
import type { EvidenceRecord } from '@/lib/db/records';
import { clipKindLabel } from '@/lib/clip/clipText';
import { EvidenceThumbnail } from './EvidenceThumbnail';
import { hostOf, isWebUrl } from '@/lib/urls/webUrl';

/** One clip in the list: what it is, where it came from, what the student said, and its goals. */
export function EvidenceItem({ item, goalTitles }: { item: EvidenceRecord; goalTitles: string[] }) {
  const headingId = `evidence-${item.id}`;
  const captured = new Date(item.capturedAt);
  const hasSavedCopy = item.mediaId !== null;
  return (
    <li className="evidence-item" aria-labelledby={headingId} data-testid="evidence-item">
      <EvidenceThumbnail mediaId={item.thumbnailMediaId} />
      <div className="evidence-body">
        <h3 id={headingId}>{item.title || item.pageTitle || item.url}</h3>
        <p className="hint">
          {clipKindLabel(item.kind)} · {item.siteName ?? hostOf(item.url) ?? item.url} ·{' '}
          <time dateTime={captured.toISOString()}>{captured.toLocaleDateString()}</time>
        </p>
        {item.note && <p className="evidence-note">{item.note}</p>}
        {goalTitles.length > 0 && (
          <ul className="skill-chips" aria-label={i18n.t('evidence.goals')}>
            {goalTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        )}
        <div className="goal-actions">
          {hasSavedCopy && (
            <a href={`viewer.html#${encodeURIComponent(item.id)}`} target="_blank" rel="noopener">
              {i18n.t('evidence.openSavedCopy')}
            </a>
          )}
          <a
            href={`clipsheet.html#clip/${encodeURIComponent(item.id)}`}
            target="_blank"
            rel="noopener"
          >
            {i18n.t('evidence.editNoteAndGoals')}
          </a>
          {isWebUrl(item.url) && (
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {i18n.t('evidence.originalPage')}
            </a>
          )}
        </div>
      </div>
    </li>
  );
}
