import { i18n } from '#i18n';
import type { GoalInput } from './validateGoalInput';

/** The fields of the goal form, in the form's order. */
export const GOAL_FIELDS = [
  'title',
  'category',
  'description',
  'whyItMatters',
  'successCriteria',
  'steps',
  'skillIds',
  'targetDate',
] as const satisfies readonly (keyof GoalInput)[];

export type GoalField = (typeof GOAL_FIELDS)[number];

/** How the form labels each field, for "changed in another tab" notices. */
export function goalFieldLabel(field: GoalField): string {
  switch (field) {
    case 'title':
      return i18n.t('goals.field.title');
    case 'category':
      return i18n.t('goals.field.category');
    case 'description':
      return i18n.t('goals.field.description');
    case 'whyItMatters':
      return i18n.t('goals.field.whyItMatters');
    case 'successCriteria':
      return i18n.t('goals.field.successCriteria');
    case 'steps':
      return i18n.t('goals.field.steps');
    case 'skillIds':
      return i18n.t('goals.field.skillIds');
    case 'targetDate':
      return i18n.t('goals.field.targetDate');
  }
}

function sameValue(field: GoalField, a: GoalInput, b: GoalInput): boolean {
  if (field === 'steps') {
    const steps = (input: GoalInput) =>
      JSON.stringify(input.steps.map(({ id, text, done }) => [id ?? null, text, done]));
    return steps(a) === steps(b);
  }
  if (field === 'skillIds') return [...a.skillIds].sort().join() === [...b.skillIds].sort().join();
  return a[field] === b[field];
}

/** The fields whose values differ between two versions of a goal's form. */
export function changedGoalFields(from: GoalInput, to: GoalInput): GoalField[] {
  return GOAL_FIELDS.filter((field) => !sameValue(field, from, to));
}
