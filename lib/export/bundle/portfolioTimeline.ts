import { i18n } from '#i18n';
import type { EvidenceKind } from '../../db/records';
import type {
  BundleEvidence,
  BundleManifest,
  BundleMedia,
  BundleReflection,
} from './manifestSchema';
import { escapeHtml, relativeBundleUrl, safeExternalUrl } from './portfolioHtmlSafety';

/** One row of a goal's timeline: a clip or a reflection, placed by its date. */
export type TimelineEntry =
  | { type: 'evidence'; at: number; item: BundleEvidence }
  | { type: 'reflection'; at: number; item: BundleReflection };

/** What rendering needs besides the entry; built once per page. */
export interface TimelineContext {
  mediaById: ReadonlyMap<string, BundleMedia>;
  skillNames: ReadonlyMap<string, string>;
  formatDate: (epochMs: number) => string;
}

/** The kind of clip as the portfolio page names it, in the language on screen. */
export function evidenceKindLabel(kind: EvidenceKind): string {
  switch (kind) {
    case 'visible':
      return i18n.t('exportFiles.timeline.visible');
    case 'fullpage':
      return i18n.t('exportFiles.timeline.fullpage');
    case 'region':
      return i18n.t('exportFiles.timeline.region');
    case 'selection':
      return i18n.t('exportFiles.timeline.selection');
    case 'image':
      return i18n.t('exportFiles.timeline.image');
    case 'link':
      return i18n.t('exportFiles.timeline.link');
    case 'article':
      return i18n.t('exportFiles.timeline.article');
    case 'snapshot':
      return i18n.t('exportFiles.timeline.snapshot');
  }
}

/** Selected text shown inline is cut here; the saved copy holds all of it. */
const QUOTE_MAX = 1500;

/**
 * Groups the manifest's items by goal, oldest first (ties by title, then id,
 * so the page is the same on every export). An item tagged with two goals is
 * shown under both; one whose goals are all outside the bundle goes to "other".
 */
export function collectTimelines(manifest: BundleManifest): {
  byGoal: Map<string, TimelineEntry[]>;
  other: TimelineEntry[];
} {
  const byGoal = new Map<string, TimelineEntry[]>(manifest.goals.map((g) => [g.id, []]));
  const other: TimelineEntry[] = [];
  const entries: TimelineEntry[] = [
    ...manifest.evidence.map((item): TimelineEntry => ({
      type: 'evidence',
      at: item.capturedAt,
      item,
    })),
    ...manifest.reflections.map((item): TimelineEntry => ({
      type: 'reflection',
      at: item.createdAt,
      item,
    })),
  ];
  for (const entry of entries) {
    const goalLists = [...new Set(entry.item.goalIds)]
      .map((id) => byGoal.get(id))
      .filter((list) => list !== undefined);
    if (goalLists.length === 0) other.push(entry);
    for (const list of goalLists) list.push(entry);
  }
  for (const list of [...byGoal.values(), other]) list.sort(compareEntries);
  return { byGoal, other };
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.at - b.at ||
    a.item.title.localeCompare(b.item.title) ||
    (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)
  );
}

export function renderTimeline(entries: readonly TimelineEntry[], ctx: TimelineContext): string {
  const items = entries.map((entry) =>
    entry.type === 'evidence' ? renderEvidence(entry.item, ctx) : renderReflection(entry.item, ctx),
  );
  return `<ol class="timeline">${items.map((html) => `<li>${html}</li>`).join('')}</ol>`;
}

function renderEvidence(item: BundleEvidence, ctx: TimelineContext): string {
  const kind = evidenceKindLabel(item.kind);
  const title = item.title.trim() || item.pageTitle.trim() || i18n.t('exportFiles.untitled');
  const main = fileOf(item.mediaId, ctx);
  const thumbnail = fileOf(item.thumbnailMediaId, ctx);
  const mainIsImage = main !== null && main.mimeType.startsWith('image/');
  const shown = thumbnail ?? (mainIsImage ? main : null);
  let visual = '';
  if (shown) {
    const img = `<img src="${shown.href}" loading="lazy" alt="${escapeHtml(i18n.t('exportFiles.timeline.imageAlt', { kind, title }))}">`;
    const linkToFull = mainIsImage && main.href !== shown.href;
    visual = `<div class="media">${
      linkToFull
        ? `<a href="${main.href}" aria-label="${escapeHtml(i18n.t('exportFiles.timeline.fullSize', { title }))}">${img}</a>`
        : img
    }</div>`;
  }
  const parts = item.partMediaIds
    .map((id) => fileOf(id, ctx))
    .filter((part) => part !== null)
    .map(
      (part, index) =>
        `<li><a href="${part.href}">${escapeHtml(i18n.t('exportFiles.timeline.part', { number: index + 2 }))}</a></li>`,
    );
  const partList = parts.length > 0 ? `<ul class="parts">${parts.join('')}</ul>` : '';
  const savedCopy =
    main && !mainIsImage
      ? `<p><a href="${main.href}">${escapeHtml(i18n.t('exportFiles.timeline.openSavedCopy'))}</a> <span class="meta">(${escapeHtml(fileKind(main.mimeType))})</span></p>`
      : '';
  const quote =
    item.kind === 'selection' && item.text.trim() !== ''
      ? `<blockquote class="note">${escapeHtml(cut(item.text.trim(), QUOTE_MAX))}</blockquote>`
      : item.excerpt
        ? `<p class="meta">${escapeHtml(cut(item.excerpt, QUOTE_MAX))}</p>`
        : '';
  const site = item.siteName ? ` · ${escapeHtml(item.siteName)}` : '';
  return `<article class="item evidence" data-kind="${escapeHtml(item.kind)}">
<h4>${escapeHtml(title)}</h4>
<p class="meta"><span class="badge">${escapeHtml(kind)}</span>${timeTag(item.capturedAt, ctx)}${site}</p>
${visual}${partList}${noteBlock(item.note)}${quote}${savedCopy}${originalLink(item.url)}${skillsLine(item.skillIds, ctx)}
</article>`;
}

function renderReflection(item: BundleReflection, ctx: TimelineContext): string {
  const recorded = item.kind === 'recorded';
  const kind = i18n.t(
    recorded ? 'exportFiles.timeline.videoReflection' : 'exportFiles.timeline.writtenReflection',
  );
  const title = item.title.trim() || kind;
  const video = recorded ? fileOf(item.mediaId, ctx) : null;
  const poster = recorded ? fileOf(item.posterMediaId, ctx) : null;
  const duration = item.durationMs !== null ? ` · ${formatDuration(item.durationMs)}` : '';
  let media = '';
  if (video) {
    const posterAttr = poster ? ` poster="${poster.href}"` : '';
    // The print-only poster stands in for the video on paper.
    const printPoster = poster
      ? `<img class="print-only" src="${poster.href}" loading="lazy" alt="${escapeHtml(i18n.t('exportFiles.timeline.stillFromVideo', { title }))}">`
      : '';
    media = `<div class="media"><video controls preload="none" src="${video.href}"${posterAttr} aria-label="${escapeHtml(i18n.t('exportFiles.timeline.videoLabel', { title }))}"></video>${printPoster}<p><a href="${video.href}">${escapeHtml(i18n.t('exportFiles.timeline.openVideo'))}</a></p></div>`;
  }
  const prompts =
    item.prompts.length > 0
      ? `<p class="meta">${escapeHtml(i18n.t('exportFiles.timeline.questions'))}</p><ul>${item.prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`
      : '';
  return `<article class="item reflection" data-kind="${recorded ? 'recorded' : 'written'}">
<h4>${escapeHtml(title)}</h4>
<p class="meta"><span class="badge">${escapeHtml(kind)}</span>${timeTag(item.createdAt, ctx)}${duration}</p>
${media}${prompts}${noteBlock(item.note)}${skillsLine(item.skillIds, ctx)}
</article>`;
}

/** A media file of the bundle with its encoded relative URL, or null when absent or unsafe. */
function fileOf(
  id: string | null,
  ctx: TimelineContext,
): { href: string; mimeType: string } | null {
  if (id === null) return null;
  const media = ctx.mediaById.get(id);
  const href = media ? relativeBundleUrl(media.path) : null;
  // Already percent-encoded, so only "&" could still matter inside an attribute.
  return media && href ? { href: escapeHtml(href), mimeType: media.mimeType } : null;
}

function originalLink(url: string): string {
  if (url.trim() === '') return '';
  const safe = safeExternalUrl(url);
  const label = escapeHtml(i18n.t('exportFiles.timeline.originalPage'));
  return safe
    ? `<p>${label} <a class="external" href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(url)}</a></p>`
    : `<p>${label} <span class="meta">${escapeHtml(url)}</span></p>`;
}

function noteBlock(note: string): string {
  return note.trim() === '' ? '' : `<p class="note">${escapeHtml(note.trim())}</p>`;
}

function skillsLine(skillIds: readonly string[], ctx: TimelineContext): string {
  const names = skillIds.map((id) => ctx.skillNames.get(id)).filter((n) => n !== undefined);
  return names.length === 0
    ? ''
    : `<p class="meta">${escapeHtml(i18n.t('exportFiles.portfolio.skills', { skills: names.join(', ') }))}</p>`;
}

function timeTag(epochMs: number, ctx: TimelineContext): string {
  return `<time datetime="${new Date(epochMs).toISOString()}">${escapeHtml(ctx.formatDate(epochMs))}</time>`;
}

function fileKind(mimeType: string): string {
  const bare = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (bare === 'text/html') return i18n.t('exportFiles.timeline.webPage');
  if (bare === 'multipart/related' || bare === 'application/x-mimearchive')
    return i18n.t('exportFiles.timeline.webArchive');
  if (bare === 'application/pdf') return 'PDF';
  return bare || i18n.t('exportFiles.timeline.file');
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

function cut(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}…`;
}
