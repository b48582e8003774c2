import { REFLECTION_NOTE_MAX, REFLECTION_TITLE_MAX, type ReflectionIssue } from './reflectionsRepo';

// Student-facing words. Issue 7 moves these into locale files.

/** What to tell the student about a reflection the form can't save yet. */
export function reflectionIssueMessage(issue: ReflectionIssue): string {
  if (issue.field === 'note')
    return `The note is too long. Keep it under ${REFLECTION_NOTE_MAX.toLocaleString('en-US')} characters.`;
  return issue.code === 'empty'
    ? 'Give your reflection a title, for example “What I learned this month”.'
    : `Keep the title to ${REFLECTION_TITLE_MAX} characters or fewer.`;
}
