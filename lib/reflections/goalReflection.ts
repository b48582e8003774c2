import { i18n } from '#i18n';
import type { GoalRecord } from '../db/records';
import type { WrittenReflectionInput } from './createWrittenReflection';

// Student-facing words for reflecting on a goal, from the locale files.

/** What the student is asked when a goal is achieved, in this order. */
export function achievedGoalPrompts(): string[] {
  return [i18n.t('reflections.goal.whatDidItTake'), i18n.t('reflections.goal.whatsNext')];
}

/** The title a reflection on a goal starts with; the student can change it. */
export function goalReflectionTitle(goal: Pick<GoalRecord, 'title'>): string {
  return i18n.t('reflections.goal.title', { title: goal.title });
}

export function achievedReflectionTitle(goal: Pick<GoalRecord, 'title'>): string {
  return i18n.t('reflections.goal.achievedTitle', { title: goal.title });
}

export function hasAnyAnswer(answers: readonly string[]): boolean {
  return answers.some((answer) => answer.trim().length > 0);
}

/**
 * The note of a reflection written as answers: each prompt on its own line
 * above its answer, so the note reads on its own wherever it is shown or
 * exported. Unanswered prompts are left out of the note.
 */
export function noteFromAnswers(prompts: readonly string[], answers: readonly string[]): string {
  return prompts
    .map((prompt, index) => ({ prompt, answer: (answers[index] ?? '').trim() }))
    .filter(({ answer }) => answer.length > 0)
    .map(({ prompt, answer }) => `${prompt}\n${answer}`)
    .join('\n\n');
}

/**
 * The written reflection saved from the "You achieved it" dialog. Both
 * prompts are kept, answered or not, so a teacher sees what was asked.
 */
export function achievedGoalReflection(
  goal: Pick<GoalRecord, 'id' | 'title'>,
  answers: readonly string[],
): WrittenReflectionInput {
  const prompts = achievedGoalPrompts();
  return {
    title: achievedReflectionTitle(goal),
    note: noteFromAnswers(prompts, answers),
    goalIds: [goal.id],
    skillIds: [],
    prompts,
  };
}
