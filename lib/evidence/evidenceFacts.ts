import { i18n } from '#i18n';
import type { ClipSource, EvidenceRecord } from '../db/records';
import { clipKindLabel } from '../clip/clipText';
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

/** How a clip was made, in the student's words. */
export function clipSourceLabel(source: ClipSource): string {
  switch (source) {
    case 'popup':
      return i18n.t('evidence.sources.popup');
    case 'context-menu':
      return i18n.t('evidence.sources.contextMenu');
    case 'shortcut':
      return i18n.t('evidence.sources.shortcut');
    case 'import':
      return i18n.t('evidence.sources.import');
  }
}

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

  text('page-title', i18n.t('evidence.facts.pageTitle'), record.pageTitle);
  code('url', i18n.t('evidence.facts.url'), record.url);
  if (record.canonicalUrl && record.canonicalUrl !== record.url)
    code('canonical-url', i18n.t('evidence.facts.canonicalUrl'), record.canonicalUrl);
  text('site', i18n.t('evidence.facts.site'), record.siteName ?? hostOf(record.url));
  text('byline', i18n.t('evidence.facts.byline'), record.byline);
  const published = record.publishedTime
    ? formatPublished(record.publishedTime, locale, timeZone)
    : null;
  if (published)
    facts.push({ key: 'published', label: i18n.t('evidence.facts.published'), ...published });
  text('description', i18n.t('evidence.facts.description'), record.description);
  text(
    'lang',
    i18n.t('evidence.facts.lang'),
    record.lang ? languageName(record.lang, locale) : null,
  );
  const captured = formatInstant(record.capturedAt, locale, timeZone);
  if (captured)
    facts.push({ key: 'captured', label: i18n.t('evidence.facts.captured'), ...captured });
  text('kind', i18n.t('evidence.facts.kind'), clipKindLabel(record.kind));
  text('source', i18n.t('evidence.facts.source'), clipSourceLabel(record.source));
  if (storedBytes !== null)
    text(
      'size',
      i18n.t('evidence.facts.size'),
      storedBytes > 0 ? formatBytes(storedBytes, locale) : i18n.t('evidence.facts.noSavedCopy'),
    );
  code('content-hash', i18n.t('evidence.facts.contentHash'), record.contentHash);
  if (record.textFragmentUrl) {
    if (isWebUrl(record.textFragmentUrl))
      facts.push({
        key: 'text-fragment',
        label: i18n.t('evidence.facts.textFragment'),
        kind: 'link',
        value: i18n.t('evidence.facts.openTextFragment'),
        href: record.textFragmentUrl,
      });
    else code('text-fragment', i18n.t('evidence.facts.textFragment'), record.textFragmentUrl);
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
    return name && name !== tag ? i18n.t('evidence.facts.langName', { name, tag }) : tag;
  } catch {
    return tag; // not a valid language tag: an imported or hand-written page
  }
}
