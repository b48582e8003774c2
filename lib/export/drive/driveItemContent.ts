/**
 * The bytes and caption of one Drive file, read from the database at upload time (one item at a
 * time, so a big video is the only large thing in memory). Items without media of their own
 * (links, written reflections) become a small self-contained HTML page.
 */
import { i18n } from '#i18n';
import type { DriveJobFile, EvidenceRecord, ReflectionRecord } from '../../db/records';
import type { PlpDatabase } from '../../db/schema';
import { escapeHtml, safeExternalUrl } from '../bundle/portfolioHtmlSafety';

export interface DriveItemContent {
  blob: Blob;
  /** Shown in Drive's details panel: what a teacher needs to know without opening the file. */
  description: string;
}

/** Drive accepts long descriptions, but a caption longer than this is no longer a caption. */
const MAX_DESCRIPTION_LENGTH = 4000;

export class DriveItemGoneError extends Error {
  constructor(itemId: string) {
    super(`The item ${itemId} was deleted before it was uploaded.`);
    this.name = 'DriveItemGoneError';
  }
}

interface ItemFacts {
  title: string;
  goals: string[];
  skills: string[];
  note: string;
  url: string | null;
  /** Selection or article text, only for generated pages. */
  text: string;
}

export function driveCaption(facts: ItemFacts): string {
  const lines = [facts.title || i18n.t('exportFiles.untitled')];
  if (facts.goals.length)
    lines.push(i18n.t('exportFiles.drive.goal', { goals: facts.goals.join(', ') }));
  if (facts.skills.length) {
    lines.push(i18n.t('exportFiles.drive.skills', { skills: facts.skills.join(', ') }));
  }
  if (facts.note.trim()) lines.push('', facts.note.trim());
  if (facts.url) lines.push('', i18n.t('exportFiles.drive.source', { url: facts.url }));
  const caption = lines.join('\n');
  return caption.length <= MAX_DESCRIPTION_LENGTH
    ? caption
    : `${caption.slice(0, MAX_DESCRIPTION_LENGTH - 1)}…`;
}

/** Every piece of text is escaped; the only link is an http(s) URL. Deterministic: same item, same bytes, same hash. */
export function generatedItemPage(facts: ItemFacts): string {
  const url = facts.url === null ? null : safeExternalUrl(facts.url);
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .filter((part) => part.trim() !== '')
      .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
  const title = escapeHtml(facts.title || i18n.t('exportFiles.untitled'));
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    '</head><body>',
    `<h1>${title}</h1>`,
    facts.goals.length
      ? `<p>${escapeHtml(i18n.t('exportFiles.drive.goal', { goals: facts.goals.join(', ') }))}</p>`
      : '',
    facts.skills.length
      ? `<p>${escapeHtml(i18n.t('exportFiles.drive.skills', { skills: facts.skills.join(', ') }))}</p>`
      : '',
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : '',
    paragraphs(facts.note),
    facts.text.trim() ? `<blockquote>${paragraphs(facts.text)}</blockquote>` : '',
    '</body></html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

async function factsOf(db: PlpDatabase, item: EvidenceRecord | ReflectionRecord) {
  const goals = (await db.goals.bulkGet(item.goalIds)).flatMap((goal) =>
    goal ? [goal.title] : [],
  );
  const skills = (await db.skills.bulkGet(item.skillIds)).flatMap((s) => (s ? [s.name] : []));
  const isEvidence = 'url' in item;
  return {
    title: item.title,
    goals,
    skills,
    note: item.note,
    url: isEvidence && item.url ? item.url : null,
    text: isEvidence ? item.text : '',
  };
}

export async function loadDriveItemContent(
  db: PlpDatabase,
  file: DriveJobFile,
): Promise<DriveItemContent> {
  const item =
    file.table === 'evidence'
      ? await db.evidence.get(file.recordId)
      : await db.reflections.get(file.recordId);
  if (!item) throw new DriveItemGoneError(file.itemId);
  const facts = await factsOf(db, item);
  const description = driveCaption(facts);
  if (file.mediaId !== null) {
    const media = await db.media.get(file.mediaId);
    if (!media) throw new DriveItemGoneError(file.itemId);
    return { blob: media.blob, description };
  }
  const html = generatedItemPage(facts);
  return { blob: new Blob([html], { type: 'text/html' }), description };
}
