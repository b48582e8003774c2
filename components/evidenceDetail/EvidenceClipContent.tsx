import { i18n } from '#i18n';
import type { EvidenceRecord } from '@/lib/db/records';
import { SandboxedHtmlFrame } from '../viewer/SandboxedHtmlFrame';
import { LinkCard } from './LinkCard';
import { ZoomableScreenshot } from './ZoomableScreenshot';
import { useClipContent } from './useClipContent';

function problemText(problem: 'unsupported' | 'unreadable' | 'failed'): string {
  switch (problem) {
    case 'unsupported':
      return i18n.t('evidenceDetail.content.unsupported');
    case 'unreadable':
      return i18n.t('evidenceDetail.content.unreadable');
    case 'failed':
      return i18n.t('evidenceDetail.content.failed');
  }
}

/** The clip itself: a zoomable screenshot, the saved page in a sandbox, or the link's card. */
export function EvidenceClipContent({ record }: { record: EvidenceRecord }) {
  const content = useClipContent(record.id, record.mediaId);
  const page = record.pageTitle || record.title || i18n.t('evidenceDetail.thePage');
  if (record.kind === 'link' && content.status !== 'ready' && content.status !== 'image')
    return <LinkCard record={record} />;
  switch (content.status) {
    case 'loading':
      return <p role="status">{i18n.t('evidenceDetail.content.loading')}</p>;
    case 'image':
      return (
        <ZoomableScreenshot
          images={content.images}
          alt={i18n.t('evidenceDetail.content.screenshotOf', { page })}
        />
      );
    case 'ready':
      return (
        <div className="evidence-detail-frame">
          <SandboxedHtmlFrame
            html={content.html}
            title={i18n.t('evidenceDetail.content.savedCopyOf', { page })}
          />
        </div>
      );
    case 'no-media':
    case 'not-found':
      // A selection saved as text only (or an import without media) still has its words.
      return record.text.trim() ? (
        <blockquote className="evidence-detail-text">{record.text}</blockquote>
      ) : (
        <p className="hint">{i18n.t('evidenceDetail.content.noCopy')}</p>
      );
    default:
      return (
        <div className="banner" role="alert">
          <p>{problemText(content.status)}</p>
        </div>
      );
  }
}
