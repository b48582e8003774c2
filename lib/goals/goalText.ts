import type { GoalCategory, GoalStatus } from '../db/records';
import type { GoalInputIssue } from './validateGoalInput';

// Student-facing words for goals. Issue 7 moves these into locale files.

export const CATEGORY_LABELS: Record<GoalCategory, string> = {
  academic: 'Academic',
  personal: 'Personal',
  career: 'Career',
  civic: 'Civic',
};

export const CATEGORY_HINTS: Record<GoalCategory, string> = {
  academic: 'Something you want to learn or master in school.',
  personal: 'A habit, a talent or a way you want to grow.',
  career: 'Exploring work, internships and what comes after school.',
  civic: 'Making a difference in your school or community.',
};

export const STATUS_LABELS: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  archived: 'Archived',
};

export function goalIssueMessage(issue: GoalInputIssue): string {
  switch (issue.code) {
    case 'empty':
      return 'Give your goal a title, for example “Improve my Spanish speaking”.';
    case 'too-long':
      return `Keep the title to ${issue.max} characters or fewer. Put the details in the description.`;
    case 'duplicate':
      return issue.existingStatus === 'archived'
        ? 'You already have an archived goal with this title. Restore it from Archived, or choose a new title.'
        : 'You already have a goal with this title. Choose a different title, or edit the one you have.';
    case 'step-too-long':
      return `Step ${issue.index + 1} is too long. Keep each step to ${issue.max} characters or fewer.`;
  }
}
