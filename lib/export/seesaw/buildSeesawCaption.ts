import { i18n } from '#i18n';
import { isoDay } from '../bundle/bundleScope';

export interface CaptionInput {
  title: string;
  goalTitles: readonly string[];
  skillNames: readonly string[];
  /** The student's own words about the item. */
  note: string;
  /** Where a clip came from; null for reflections. */
  sourceUrl: string | null;
  /** Capture or creation time, shown as the student's own calendar day. */
  date: number;
}

/**
 * The text a student pastes into a Seesaw post: plain lines, no markup, since
 * Seesaw's caption box shows what it is given. Empty parts are left out rather
 * than shown as "Goal: ". Not cut short: we found no documented caption length
 * limit for Seesaw, and cutting the student's note could lose the point of it.
 */
export function buildSeesawCaption(input: CaptionInput): string {
  const lines: string[] = [oneLine(input.title) || i18n.t('exportFiles.untitled')];
  if (input.goalTitles.length > 0) {
    const goals = input.goalTitles.map(oneLine).join('; ');
    lines.push(i18n.t('exportFiles.seesaw.captionGoals', input.goalTitles.length, { goals }));
  }
  if (input.skillNames.length > 0)
    lines.push(
      i18n.t('exportFiles.seesaw.captionSkills', {
        skills: input.skillNames.map(oneLine).join(', '),
      }),
    );
  const note = input.note.replace(/\r\n?/g, '\n').trim();
  if (note !== '') lines.push(note);
  if (input.sourceUrl)
    lines.push(i18n.t('exportFiles.seesaw.captionSource', { url: oneLine(input.sourceUrl) }));
  lines.push(i18n.t('exportFiles.seesaw.captionDate', { date: isoDay(input.date) }));
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
