import * as v from 'valibot';
import type { PromptSetRecord } from '../db/records';

export const PROMPT_SET_NAME_MAX = 120;
export const PROMPT_TEXT_MAX = 300;
export const PROMPTS_MIN = 1;
export const PROMPTS_MAX = 20;

/** What the prompt set editor submits. Blank prompt rows are dropped before checking. */
export interface PromptSetInput {
  name: string;
  prompts: string[];
}

/** Codes, not sentences, so each language can word them its own way. */
export type PromptSetIssue =
  | { field: 'name'; code: 'empty' | 'too-long' | 'duplicate' }
  | { field: 'prompts'; code: 'too-few' | 'too-many' }
  | { field: 'prompts'; code: 'prompt-too-long'; index: number };

const nameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(PROMPT_SET_NAME_MAX));
const promptSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(PROMPT_TEXT_MAX));

/** Trims the name and each prompt, collapses inner runs of spaces, and drops empty rows. */
export function cleanPromptSetInput(input: PromptSetInput): PromptSetInput {
  return {
    name: input.name.trim().replace(/\s+/g, ' '),
    prompts: input.prompts.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p.length > 0),
  };
}

const sameName = (a: string, b: string) =>
  a.normalize('NFKC').toLocaleLowerCase() === b.normalize('NFKC').toLocaleLowerCase();

/**
 * Checks a cleaned input against the stored shape (the record schema's limits)
 * and against the other sets: two sets with one name would be impossible to
 * tell apart in the recorder's list.
 */
export function validatePromptSetInput(
  input: PromptSetInput,
  existing: readonly Pick<PromptSetRecord, 'id' | 'name'>[],
  editingId?: string,
): PromptSetIssue[] {
  const issues: PromptSetIssue[] = [];
  const name = v.safeParse(nameSchema, input.name);
  if (!name.success) {
    issues.push({ field: 'name', code: input.name.length === 0 ? 'empty' : 'too-long' });
  } else if (existing.some((s) => s.id !== editingId && sameName(s.name, input.name))) {
    issues.push({ field: 'name', code: 'duplicate' });
  }
  if (input.prompts.length < PROMPTS_MIN) issues.push({ field: 'prompts', code: 'too-few' });
  if (input.prompts.length > PROMPTS_MAX) issues.push({ field: 'prompts', code: 'too-many' });
  input.prompts.forEach((prompt, index) => {
    if (!v.is(promptSchema, prompt))
      issues.push({ field: 'prompts', code: 'prompt-too-long', index });
  });
  return issues;
}

export class PromptSetValidationError extends Error {
  constructor(readonly issues: PromptSetIssue[]) {
    super(`Prompt set is not valid: ${issues.map((i) => `${i.field}:${i.code}`).join(', ')}`);
    this.name = 'PromptSetValidationError';
  }
}
