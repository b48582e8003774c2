import * as v from 'valibot';
import type { PlpDatabase } from '../db/schema';
import { promptSetRecordSchema, type PromptSetRecord } from '../db/records';
import { defaultRepoDeps, type RepoDeps } from '../goals/goalsRepo';
import { DEFAULT_PROMPT_SET_ID, DEFAULT_PROMPT_SETS } from './defaultPromptSets';
import { promptSetInUiLanguage } from '../i18n/defaultsInUiLanguage';
import {
  cleanPromptSetInput,
  PromptSetValidationError,
  validatePromptSetInput,
  type PromptSetInput,
} from './validatePromptSetInput';

/**
 * All prompt sets in the student's order: the shared sets, then each goal's own. The seeded set
 * is in the language on screen until edited.
 */
export async function listPromptSets(db: PlpDatabase): Promise<PromptSetRecord[]> {
  const sets = (await db.promptSets.orderBy('order').toArray()).map(promptSetInUiLanguage);
  return sets.sort((a, b) => Number(a.goalId !== null) - Number(b.goalId !== null));
}

/**
 * The set a recording starts with: the goal's own set when it has one,
 * otherwise the default set (or the first set, if a school replaced it).
 */
export function promptSetFor(
  sets: readonly PromptSetRecord[],
  goalId: string | null | undefined,
): PromptSetRecord | undefined {
  const own = goalId ? sets.find((s) => s.goalId === goalId) : undefined;
  return (
    own ?? sets.find((s) => s.id === DEFAULT_PROMPT_SET_ID) ?? sets.find((s) => s.goalId === null)
  );
}

/** The prompts a goal's new set starts with: the default questions, ready to edit. */
export function defaultPrompts(sets: readonly PromptSetRecord[]): string[] {
  const seeded = DEFAULT_PROMPT_SETS[0] && promptSetInUiLanguage(DEFAULT_PROMPT_SETS[0]);
  const base = sets.find((s) => s.id === DEFAULT_PROMPT_SET_ID) ?? seeded;
  return base ? [...base.prompts] : [];
}

/** Validation and the write share one transaction, so two tabs can't add the same name. */
export async function createPromptSet(
  db: PlpDatabase,
  input: PromptSetInput & { goalId: string | null },
  deps: RepoDeps = defaultRepoDeps,
): Promise<PromptSetRecord> {
  return db.transaction('rw', db.promptSets, async () => {
    const existing = await db.promptSets.toArray();
    const clean = cleanPromptSetInput(input);
    const issues = validatePromptSetInput(clean, existing);
    if (input.goalId !== null && existing.some((s) => s.goalId === input.goalId))
      throw new Error(`Goal ${input.goalId} already has its own prompt set`);
    if (issues.length > 0) throw new PromptSetValidationError(issues);
    const record: PromptSetRecord = v.parse(promptSetRecordSchema, {
      id: deps.newId(),
      ...clean,
      goalId: input.goalId,
      source: 'custom',
      order: existing.reduce((max, s) => Math.max(max, s.order), -1) + 1,
      updatedAt: deps.now(),
    });
    await db.promptSets.add(record);
    return record;
  });
}

/** Renames a set and replaces its prompts (added, removed and reordered in the editor). */
export async function updatePromptSet(
  db: PlpDatabase,
  id: string,
  input: PromptSetInput,
  deps: Pick<RepoDeps, 'now'> = defaultRepoDeps,
): Promise<PromptSetRecord> {
  return db.transaction('rw', db.promptSets, async () => {
    const existing = await db.promptSets.toArray();
    const current = existing.find((s) => s.id === id);
    if (!current) throw new Error(`Prompt set ${id} no longer exists`);
    const clean = cleanPromptSetInput(input);
    const issues = validatePromptSetInput(clean, existing, id);
    if (issues.length > 0) throw new PromptSetValidationError(issues);
    const updated = v.parse(promptSetRecordSchema, {
      ...current,
      ...clean,
      updatedAt: deps.now(),
    });
    await db.promptSets.put(updated);
    return updated;
  });
}

/**
 * Deletes a custom set. The default set always stays, so every recording has
 * prompts; school sets are managed by the school (issue 7). Reflections keep a
 * copy of the prompts they were recorded with, so none of them changes.
 */
export async function deletePromptSet(db: PlpDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.promptSets, async () => {
    const set = await db.promptSets.get(id);
    if (!set) return;
    if (set.source !== 'custom') throw new Error(`The ${set.source} prompt set can't be deleted`);
    await db.promptSets.delete(id);
  });
}
