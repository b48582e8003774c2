import * as v from 'valibot';
import { GOAL_CATEGORIES, GOAL_TITLE_MAX, isoDaySchema, type GoalRecord } from '../db/records';

/** What the goal form submits. Steps without an id are new. */
export const goalInputSchema = v.object({
  title: v.string(),
  category: v.picklist(GOAL_CATEGORIES),
  description: v.pipe(v.string(), v.maxLength(5000)),
  whyItMatters: v.pipe(v.string(), v.maxLength(5000)),
  successCriteria: v.pipe(v.string(), v.maxLength(5000)),
  steps: v.pipe(
    v.array(v.object({ id: v.optional(v.string()), text: v.string(), done: v.boolean() })),
    v.maxLength(100),
  ),
  skillIds: v.array(v.string()),
  targetDate: v.nullable(isoDaySchema),
});
export type GoalInput = v.InferOutput<typeof goalInputSchema>;

/** Codes, not sentences, so each language can word them its own way. */
export type GoalInputIssue =
  | { field: 'title'; code: 'empty' }
  | { field: 'title'; code: 'too-long'; max: number }
  | { field: 'title'; code: 'duplicate'; existingStatus: GoalRecord['status'] }
  | { field: 'steps'; code: 'step-too-long'; index: number; max: number };

export const STEP_TEXT_MAX = 300;

/** Titles that differ only in case, spacing or Unicode form are the same goal. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function validateGoalInput(
  input: GoalInput,
  existing: readonly Pick<GoalRecord, 'id' | 'title' | 'status'>[],
  editingId?: string,
): GoalInputIssue[] {
  const issues: GoalInputIssue[] = [];
  const title = input.title.trim();
  if (title.length === 0) issues.push({ field: 'title', code: 'empty' });
  else if (title.length > GOAL_TITLE_MAX)
    issues.push({ field: 'title', code: 'too-long', max: GOAL_TITLE_MAX });
  else {
    const key = normalizeTitle(title);
    const twin = existing.find((g) => g.id !== editingId && normalizeTitle(g.title) === key);
    if (twin) issues.push({ field: 'title', code: 'duplicate', existingStatus: twin.status });
  }
  input.steps.forEach((step, index) => {
    if (step.text.trim().length > STEP_TEXT_MAX) {
      issues.push({ field: 'steps', code: 'step-too-long', index, max: STEP_TEXT_MAX });
    }
  });
  return issues;
}

export class GoalValidationError extends Error {
  constructor(readonly issues: GoalInputIssue[]) {
    super(`Goal input is not valid: ${issues.map((i) => `${i.field}:${i.code}`).join(', ')}`);
    this.name = 'GoalValidationError';
  }
}
