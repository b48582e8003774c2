import type { EvidenceRecord } from '@/lib/db/records';
import { SandboxedHtmlFrame } from '../viewer/SandboxedHtmlFrame';
import { LinkCard } from './LinkCard';
import { ZoomableScreenshot } from './ZoomableScreenshot';
import { useClipContent } from './useClipContent';

const PROBLEMS = {
  unsupported: 'This clip is a kind of file that can’t be shown here. Its details are below.',
  unreadable:
    'The saved copy couldn’t be read: the stored file may be damaged. The clip’s details are safe, and you can still open the original page.',
  failed: 'Something went wrong while opening the saved copy. Try reloading the page.',
} as const;

/** The clip itself: a zoomable screenshot, the saved page in a sandbox, or the link's card. */
export function EvidenceClipContent({ record }: { record: EvidenceRecord }) {
  const content = useClipContent(record.id, record.mediaId);
  const pageName = record.pageTitle || record.title || 'the page';
  if (record.kind === 'link' && content.status !== 'ready' && content.status !== 'image')
    return <LinkCard record={record} />;
  switch (content.status) {
    case 'loading':
      return <p role="status">Opening the saved copy…</p>;
    case 'image':
      return <ZoomableScreenshot images={content.images} alt={`Screenshot of ${pageName}`} />;
    case 'ready':
      return (
        <div className="evidence-detail-frame">
          <SandboxedHtmlFrame html={content.html} title={`Saved copy of ${pageName}`} />
        </div>
      );
    case 'no-media':
    case 'not-found':
      // A selection saved as text only (or an import without media) still has its words.
      return record.text.trim() ? (
        <blockquote className="evidence-detail-text">{record.text}</blockquote>
      ) : (
        <p className="hint">No copy of the page was saved with this clip, only its details.</p>
      );
    default:
      return (
        <div className="banner" role="alert">
          <p>{PROBLEMS[content.status]}</p>
        </div>
      );
  }
}
