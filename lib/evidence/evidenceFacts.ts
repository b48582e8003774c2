import type { ClipSource, EvidenceRecord } from '../db/records';
import { CLIP_KIND_LABELS } from '../clip/clipText';
import { formatBytes } from '../storage/formatBytes';
import { hostOf, isWebUrl } from '../urls/webUrl';

/** One line of "About this clip": a label and its value, ready to show. */
export type EvidenceFact = { key: string; label: string } & (
  | { kind: 'text'; value: string }
  /** A URL or hash: shown left-to-right and allowed to wrap anywhere. */
  | { kind: 'code'; value: string }
  | { kind: 'time'; value: string; dateTime: string }
  /** A link the student can follow (always to a new tab). */
  | { kind: 'link'; value: string; href: string }
);

export const CLIP_SOURCE_LABELS: Record<ClipSource, string> = {
  popup: 'Toolbar button',
  'context-menu': 'Right-click menu',
  shortcut: 'Keyboard shortcut',
  import: 'Imported from a backup',
};

export interface EvidenceFactOptions {
  /** Bytes stored on the device for this clip; null while unknown, 0 for a link only. */
  storedBytes: number | null;
  locale?: string;
  /** For tests; the reader's own time zone otherwise. */
  timeZone?: string;
}

/**
 * Everything known about where a clip came from, in reading order, skipping
 * what is unknown. Every value is plain text: nothing here loads from the
 * web (the favicon and preview image are URLs only).
 */
export function evidenceFacts(
  record: EvidenceRecord,
  options: EvidenceFactOptions,
): EvidenceFact[] {
  const { locale, timeZone, storedBytes } = options;
  const facts: EvidenceFact[] = [];
  const text = (key: string, label: string, value: string | null | undefined) => {
    if (value?.trim()) facts.push({ key, label, kind: 'text', value: value.trim() });
  };
  const code = (key: string, label: string, value: string | null | undefined) => {
    if (value?.trim()) facts.push({ key, label, kind: 'code', value: value.trim() });
  };

  text('page-title', 'Page title', record.pageTitle);
  code('url', 'Web address', record.url);
  if (record.canonicalUrl && record.canonicalUrl !== record.url)
    code('canonical-url', 'Main address of the page (canonical)', record.canonicalUrl);
  text('site', 'Site', record.siteName ?? hostOf(record.url));
  text('byline', 'Author', record.byline);
  const published = record.publishedTime
    ? formatPublished(record.publishedTime, locale, timeZone)
    : null;
  if (published) facts.push({ key: 'published', label: 'Published', ...published });
  text('description', 'Description', record.description);
  text('lang', 'Language', record.lang ? languageName(record.lang, locale) : null);
  const captured = formatInstant(record.capturedAt, locale, timeZone);
  if (captured) facts.push({ key: 'captured', label: 'Clipped', ...captured });
  text('kind', 'Type of clip', CLIP_KIND_LABELS[record.kind]);
  text('source', 'Clipped with', CLIP_SOURCE_LABELS[record.source]);
  if (storedBytes !== null)
    text(
      'size',
      'Size on this device',
      storedBytes > 0 ? formatBytes(storedBytes, locale) : 'No saved copy, only these details',
    );
  code('content-hash', 'Content fingerprint (SHA-256)', record.contentHash);
  if (record.textFragmentUrl) {
    if (isWebUrl(record.textFragmentUrl))
      facts.push({
        key: 'text-fragment',
        label: 'Selected text on the page',
        kind: 'link',
        value: 'Open the page at the selected text',
        href: record.textFragmentUrl,
      });
    else code('text-fragment', 'Selected text on the page', record.textFragmentUrl);
  }
  return facts;
}

function formatInstant(
  ms: number,
  locale: string | undefined,
  timeZone: string | undefined,
): { kind: 'time'; value: string; dateTime: string } | null {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return null;
  return {
    kind: 'time',
    dateTime: date.toISOString(),
    value: date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  };
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Pages state their date in many ways. A bare day ("2024-05-01") is shown as
 * that day whatever the time zone; a full timestamp as a local date and time;
 * anything unparseable as the page wrote it.
 */
function formatPublished(
  raw: string,
  locale: string | undefined,
  timeZone: string | undefined,
): { kind: 'time'; value: string; dateTime: string } | { kind: 'text'; value: string } {
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isFinite(day.getTime()))
      return {
        kind: 'time',
        dateTime: value,
        value: day.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      };
  }
  // Only ISO timestamps (what meta tags and JSON-LD use) are parsed: Date.parse
  // guesses at free text ("Spring 2024" becomes 1 January), which would mislead.
  const ms = ISO_TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
  return (Number.isFinite(ms) && formatInstant(ms, locale, timeZone)) || { kind: 'text', value };
}

/** "French (fr-CA)" from a page's lang attribute; the tag alone when the browser can't name it. */
function languageName(tag: string, locale: string | undefined): string {
  try {
    const name = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag; // not a valid language tag: an imported or hand-written page
  }
}
