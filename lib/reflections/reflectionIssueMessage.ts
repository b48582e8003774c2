import { i18n } from '#i18n';
import { uiLanguage } from '../i18n/documentLocale';
import { REFLECTION_NOTE_MAX, REFLECTION_TITLE_MAX, type ReflectionIssue } from './reflectionsRepo';

/** What to tell the student about a reflection the form can't save yet. */
export function reflectionIssueMessage(issue: ReflectionIssue): string {
  if (issue.field === 'note')
    return i18n.t('reflections.issues.noteTooLong', {
      max: REFLECTION_NOTE_MAX.toLocaleString(uiLanguage()),
    });
  return issue.code === 'empty'
    ? i18n.t('reflections.issues.titleEmpty')
    : i18n.t('reflections.issues.titleTooLong', { max: String(REFLECTION_TITLE_MAX) });
}
