import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceRecord } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';
import { useObjectUrl } from './useObjectUrl';
import { hostOf } from '@/lib/urls/webUrl';

/** The clip's thumbnail and where it came from, so the student knows what they are tagging. */
export function ClipPreview({ evidence }: { evidence: EvidenceRecord }) {
  const { db } = useDatabase();
  const thumbnail = useLiveQuery(
    async () =>
      evidence.thumbnailMediaId ? (await db.media.get(evidence.thumbnailMediaId))?.blob : undefined,
    [db, evidence.thumbnailMediaId],
  );
  const thumbnailUrl = useObjectUrl(thumbnail);
  return (
    <div className="clip-preview">
      {thumbnailUrl && (
        <img src={thumbnailUrl} alt="" className="clip-thumbnail" data-testid="clip-thumbnail" />
      )}
      <div>
        {evidence.faviconDataUrl && (
          <img src={evidence.faviconDataUrl} alt="" width="16" height="16" />
        )}{' '}
        <span className="clip-source">
          {evidence.siteName ?? hostOf(evidence.url) ?? evidence.url}
        </span>
        <p className="clip-page-title">{evidence.pageTitle}</p>
        {evidence.kind === 'selection' && evidence.text && (
          <blockquote>{evidence.text.slice(0, 280)}</blockquote>
        )}
      </div>
    </div>
  );
}
