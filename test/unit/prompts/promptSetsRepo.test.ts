import { beforeEach, describe, expect, it } from 'vitest';
import {
  createPromptSet,
  defaultPrompts,
  deletePromptSet,
  listPromptSets,
  promptSetFor,
  updatePromptSet,
} from '@/lib/prompts/promptSetsRepo';
import { DEFAULT_PROMPT_SET_ID } from '@/lib/prompts/defaultPromptSets';
import { PromptSetValidationError } from '@/lib/prompts/validatePromptSetInput';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

let db: PlpDatabase;
let deps: ReturnType<typeof testDeps>;
beforeEach(() => {
  db = freshDb();
  deps = testDeps();
});

const issuesOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PromptSetValidationError);
  return (error as PromptSetValidationError).issues;
};

describe('promptSetsRepo', () => {
  it('starts with the default set', async () => {
    const sets = await listPromptSets(db);
    expect(sets.map((s) => s.id)).toEqual([DEFAULT_PROMPT_SET_ID]);
    expect(defaultPrompts(sets)).toEqual(sets[0]?.prompts);
  });

  it('creates a cleaned custom set after the others, and lists goal sets last', async () => {
    const goalSet = await createPromptSet(
      db,
      { name: 'Prompts for Run a 5K', prompts: ['How far today?'], goalId: 'g1' },
      deps,
    );
    const shared = await createPromptSet(
      db,
      { name: '  Science   fair ', prompts: [' What worked? ', '   ', 'What next?'], goalId: null },
      deps,
    );
    expect(shared).toMatchObject({
      name: 'Science fair',
      prompts: ['What worked?', 'What next?'],
      source: 'custom',
      goalId: null,
    });
    expect(shared.order).toBeGreaterThan(goalSet.order);
    const ids = (await listPromptSets(db)).map((s) => s.id);
    expect(ids).toEqual([DEFAULT_PROMPT_SET_ID, shared.id, goalSet.id]);
  });

  it('rejects empty and duplicate names, no prompts, too many and too-long prompts', async () => {
    expect(
      await issuesOf(createPromptSet(db, { name: ' ', prompts: [], goalId: null }, deps)),
    ).toEqual([
      { field: 'name', code: 'empty' },
      { field: 'prompts', code: 'too-few' },
    ]);
    expect(
      await issuesOf(
        createPromptSet(
          db,
          { name: 'reflect ON my learning', prompts: ['ok', 'x'.repeat(301)], goalId: null },
          deps,
        ),
      ),
    ).toEqual([
      { field: 'name', code: 'duplicate' },
      { field: 'prompts', code: 'prompt-too-long', index: 1 },
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `Prompt ${i}`);
    expect(
      await issuesOf(createPromptSet(db, { name: 'n'.repeat(121), prompts: many, goalId: null })),
    ).toEqual([
      { field: 'name', code: 'too-long' },
      { field: 'prompts', code: 'too-many' },
    ]);
    expect(await db.promptSets.count()).toBe(1);
  });

  it('accepts exactly 20 prompts of 300 characters', async () => {
    const prompts = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(300, '.'));
    const set = await createPromptSet(db, { name: 'Long', prompts, goalId: null }, deps);
    expect(set.prompts).toHaveLength(20);
  });

  it('gives a goal only one set of its own', async () => {
    await createPromptSet(db, { name: 'A', prompts: ['a'], goalId: 'g1' }, deps);
    await expect(
      createPromptSet(db, { name: 'B', prompts: ['b'], goalId: 'g1' }, deps),
    ).rejects.toThrow(/already has/);
  });

  it('renames and reorders prompts, keeping its own name allowed', async () => {
    const set = await createPromptSet(
      db,
      { name: 'Mine', prompts: ['a', 'b'], goalId: null },
      deps,
    );
    const updated = await updatePromptSet(
      db,
      set.id,
      { name: 'Mine', prompts: ['b', 'a', 'c'] },
      deps,
    );
    expect(updated.prompts).toEqual(['b', 'a', 'c']);
    expect(updated.updatedAt).toBeGreaterThan(set.updatedAt);
    expect(
      await issuesOf(
        updatePromptSet(db, set.id, { name: 'Reflect on my learning', prompts: ['a'] }, deps),
      ),
    ).toEqual([{ field: 'name', code: 'duplicate' }]);
    expect((await db.promptSets.get(set.id))?.prompts).toEqual(['b', 'a', 'c']);
  });

  it('edits the default set but never deletes it', async () => {
    await updatePromptSet(db, DEFAULT_PROMPT_SET_ID, { name: 'My questions', prompts: ['Why?'] });
    await expect(deletePromptSet(db, DEFAULT_PROMPT_SET_ID)).rejects.toThrow(/can't be deleted/);
    expect((await db.promptSets.get(DEFAULT_PROMPT_SET_ID))?.name).toBe('My questions');
  });

  it('deletes a custom set', async () => {
    const set = await createPromptSet(db, { name: 'Gone', prompts: ['a'], goalId: null }, deps);
    await deletePromptSet(db, set.id);
    expect(await db.promptSets.get(set.id)).toBeUndefined();
  });

  it('picks the goal’s own set, else the default set', async () => {
    const own = await createPromptSet(db, { name: 'Own', prompts: ['a'], goalId: 'g1' }, deps);
    const sets = await listPromptSets(db);
    expect(promptSetFor(sets, 'g1')?.id).toBe(own.id);
    expect(promptSetFor(sets, 'g2')?.id).toBe(DEFAULT_PROMPT_SET_ID);
    expect(promptSetFor(sets, null)?.id).toBe(DEFAULT_PROMPT_SET_ID);
  });
});
