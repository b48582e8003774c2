import { SKILL_NAME_MAX, type SkillInputIssue } from '@/lib/skills/skillsRepo';

export function skillIssueMessage(issue: SkillInputIssue): string {
  switch (issue) {
    case 'empty':
      return 'Give the skill a name.';
    case 'too-long':
      return `Keep the name to ${SKILL_NAME_MAX} characters or fewer.`;
    case 'duplicate':
      return 'There is already a skill with this name.';
  }
}
