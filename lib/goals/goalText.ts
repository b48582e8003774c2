import { i18n } from '#i18n';
import type { GoalCategory, GoalStatus } from '../db/records';
import type { GoalInputIssue } from './validateGoalInput';

// Student-facing words for goals, read from the locale files.

/**
 * A record whose values are read from the locale file each time one is read, so the words follow
 * the language on screen and no message is looked up at import. Callers index it like a plain map.
 */
function localizedRecord<K extends string>(
  keys: Record<K, () => string>,
): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(keys) as K[]) {
    Object.defineProperty(record, key, { enumerable: true, get: keys[key] });
  }
  return record;
}

export const CATEGORY_LABELS = localizedRecord<GoalCategory>({
  academic: () => i18n.t('goals.category.academic'),
  personal: () => i18n.t('goals.category.personal'),
  career: () => i18n.t('goals.category.career'),
  civic: () => i18n.t('goals.category.civic'),
});

export const CATEGORY_HINTS = localizedRecord<GoalCategory>({
  academic: () => i18n.t('goals.categoryHint.academic'),
  personal: () => i18n.t('goals.categoryHint.personal'),
  career: () => i18n.t('goals.categoryHint.career'),
  civic: () => i18n.t('goals.categoryHint.civic'),
});

export const STATUS_LABELS = localizedRecord<GoalStatus>({
  active: () => i18n.t('goals.status.active'),
  achieved: () => i18n.t('goals.status.achieved'),
  archived: () => i18n.t('goals.status.archived'),
});

export function goalIssueMessage(issue: GoalInputIssue): string {
  switch (issue.code) {
    case 'empty':
      return i18n.t('goals.issue.empty');
    case 'too-long':
      return i18n.t('goals.issue.tooLong', { max: issue.max });
    case 'duplicate':
      return issue.existingStatus === 'archived'
        ? i18n.t('goals.issue.duplicateArchived')
        : i18n.t('goals.issue.duplicate');
    case 'step-too-long':
      return i18n.t('goals.issue.stepTooLong', { step: issue.index + 1, max: issue.max });
  }
}
