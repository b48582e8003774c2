import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';
import { makeHtmlInert, type HtmlDeps } from './makeHtmlInert';
import { mhtmlToHtml } from './mhtmlToHtml';
import { MHTML_MIME_TYPE } from './saveMhtml';

/** What the viewer can show for `viewer.html#<evidenceId>`. */
export type ViewerContent =
  | { status: 'not-found'; id: string }
  | { status: 'no-media'; record: EvidenceRecord }
  | { status: 'unsupported'; record: EvidenceRecord; mimeType: string }
  | { status: 'unreadable'; record: EvidenceRecord; error: unknown }
  | { status: 'ready'; record: EvidenceRecord; html: string }
  /** Screenshots and images: the image, and the lower parts of a very tall full page. */
  | { status: 'image'; record: EvidenceRecord; images: Blob[] };

/** Article and selection clips are bare text structure: they get a readable page around them. */
const READING_KINDS = new Set<EvidenceRecord['kind']>(['article', 'selection']);

const READING_CSS = `
  html { color-scheme: light; }
  body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 1.125rem/1.6 Georgia, 'Noto Serif', serif; color: #1d2330; background: #fff; }
  img, video, svg { max-width: 100%; height: auto; }
  pre { overflow-x: auto; }
  table { border-collapse: collapse; }
  td, th { border: 1px solid #cfd5e0; padding: 0.25rem 0.5rem; }
  blockquote { border-inline-start: 4px solid #cfd5e0; margin-inline: 0; padding-inline-start: 1rem; }
`;

/**
 * Loads a clip and turns its stored media into inert HTML: MHTML snapshots
 * are converted (mhtmlToHtml), stored HTML (Firefox snapshots, articles,
 * selections) goes through the same inert pass, since a row may also come
 * from an imported bundle. Every failure is a status, never a throw.
 */
export async function loadViewerContent(
  db: PlpDatabase,
  id: string,
  deps: HtmlDeps,
): Promise<ViewerContent> {
  const record = id ? await db.evidence.get(id) : undefined;
  if (!record) return { status: 'not-found', id };
  const media = record.mediaId ? await db.media.get(record.mediaId) : undefined;
  if (!media) return { status: 'no-media', record };
  const mimeType = (media.mimeType || media.blob.type).split(';')[0]!.trim().toLowerCase();
  try {
    if (mimeType === MHTML_MIME_TYPE || mimeType === 'message/rfc822') {
      return { status: 'ready', record, html: mhtmlToHtml(await media.blob.arrayBuffer(), deps) };
    }
    if (mimeType === 'text/html') {
      const text = await media.blob.text();
      const doc = READING_KINDS.has(record.kind) ? readingDocument(text, record, deps) : text;
      return { status: 'ready', record, html: makeHtmlInert(doc, deps) };
    }
    if (mimeType.startsWith('image/')) {
      const parts = await db.media.bulkGet(record.partMediaIds ?? []);
      return {
        status: 'image',
        record,
        images: [media.blob, ...parts.flatMap((part) => (part ? [part.blob] : []))],
      };
    }
    return { status: 'unsupported', record, mimeType };
  } catch (error) {
    return { status: 'unreadable', record, error };
  }
}

function readingDocument(html: string, record: EvidenceRecord, deps: HtmlDeps): Document {
  // The doctype keeps the fragment out of quirks mode.
  const doc = deps.parse(`<!DOCTYPE html>${html}`);
  if (record.lang) doc.documentElement.setAttribute('lang', record.lang);
  if (record.dir) doc.documentElement.setAttribute('dir', record.dir);
  const style = doc.createElement('style');
  style.textContent = READING_CSS;
  doc.head.prepend(style);
  return doc;
}
