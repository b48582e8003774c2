import { i18n } from '#i18n';
import type { GoalCategory } from '../db/records';
import type { GoalInput } from './validateGoalInput';

export interface ExampleGoal {
  category: GoalCategory;
  input: GoalInput;
}

const example = (
  category: GoalCategory,
  input: Omit<GoalInput, 'category' | 'targetDate' | 'steps'> & { steps: string[] },
): ExampleGoal => ({
  category,
  input: {
    ...input,
    steps: input.steps.map((text) => ({ text, done: false })),
    category,
    targetDate: null,
  },
});

/**
 * One example per category, shown in the empty state so a first goal is a click away. Built on
 * each call, in the language on screen: the example becomes the student's own words once used.
 */
export function exampleGoals(): ExampleGoal[] {
  return [
    example('academic', {
      title: i18n.t('goals.examples.academic.title'),
      description: i18n.t('goals.examples.academic.description'),
      whyItMatters: i18n.t('goals.examples.academic.whyItMatters'),
      successCriteria: i18n.t('goals.examples.academic.successCriteria'),
      steps: [
        i18n.t('goals.examples.academic.step1'),
        i18n.t('goals.examples.academic.step2'),
        i18n.t('goals.examples.academic.step3'),
      ],
      skillIds: ['vt-communication', 'vt-integrative-thinking'],
    }),
    example('personal', {
      title: i18n.t('goals.examples.personal.title'),
      description: i18n.t('goals.examples.personal.description'),
      whyItMatters: i18n.t('goals.examples.personal.whyItMatters'),
      successCriteria: i18n.t('goals.examples.personal.successCriteria'),
      steps: [i18n.t('goals.examples.personal.step1'), i18n.t('goals.examples.personal.step2')],
      skillIds: ['vt-self-direction'],
    }),
    example('career', {
      title: i18n.t('goals.examples.career.title'),
      description: i18n.t('goals.examples.career.description'),
      whyItMatters: i18n.t('goals.examples.career.whyItMatters'),
      successCriteria: i18n.t('goals.examples.career.successCriteria'),
      steps: [i18n.t('goals.examples.career.step1'), i18n.t('goals.examples.career.step2')],
      skillIds: ['vt-communication', 'vt-problem-solving'],
    }),
    example('civic', {
      title: i18n.t('goals.examples.civic.title'),
      description: i18n.t('goals.examples.civic.description'),
      whyItMatters: i18n.t('goals.examples.civic.whyItMatters'),
      successCriteria: i18n.t('goals.examples.civic.successCriteria'),
      steps: [i18n.t('goals.examples.civic.step1'), i18n.t('goals.examples.civic.step2')],
      skillIds: ['vt-citizenship', 'vt-problem-solving'],
    }),
  ];
}
