import { i18n } from '#i18n';
import { EVIDENCE_TITLE_MAX } from './editEvidence';

/** The longest note the database accepts (records.ts: note is text(20000)). */
export const EVIDENCE_NOTE_MAX = 20000;

export interface EvidenceDetailIssue {
  field: 'title' | 'note';
  /** The limit, and how far over it the text is, so the message can say how much to cut. */
  max: number;
  over: number;
}

/**
 * What would stop a clip's title or note from being saved as typed. Lengths
 * are counted after trimming, as updateEvidenceDetails stores them. An empty
 * title is fine: it falls back to the page's title. A too-long title is
 * reported instead of being cut silently, so no words are lost unseen.
 */
export function evidenceDetailIssues(details: {
  title: string;
  note: string;
}): EvidenceDetailIssue[] {
  const issues: EvidenceDetailIssue[] = [];
  const titleLength = details.title.trim().length;
  if (titleLength > EVIDENCE_TITLE_MAX)
    issues.push({
      field: 'title',
      max: EVIDENCE_TITLE_MAX,
      over: titleLength - EVIDENCE_TITLE_MAX,
    });
  const noteLength = details.note.trim().length;
  if (noteLength > EVIDENCE_NOTE_MAX)
    issues.push({ field: 'note', max: EVIDENCE_NOTE_MAX, over: noteLength - EVIDENCE_NOTE_MAX });
  return issues;
}

/** The inline message for an issue, in words a student can act on. */
export function evidenceDetailIssueText(issue: EvidenceDetailIssue, locale?: string): string {
  const over: [string] = [issue.over.toLocaleString(locale)];
  const max = issue.max.toLocaleString(locale);
  return issue.field === 'title'
    ? i18n.t('evidence.issues.titleTooLong', issue.over, over, { max })
    : i18n.t('evidence.issues.noteTooLong', issue.over, over, { max });
}
