import { i18n } from '#i18n';
import { SKILL_NAME_MAX, type SkillInputIssue } from '@/lib/skills/skillsRepo';

export function skillIssueMessage(issue: SkillInputIssue): string {
  switch (issue) {
    case 'empty':
      return i18n.t('skills.issue.empty');
    case 'too-long':
      return i18n.t('skills.issue.tooLong', { max: String(SKILL_NAME_MAX) });
    case 'duplicate':
      return i18n.t('skills.issue.duplicate');
  }
}
