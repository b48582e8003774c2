import { beforeEach, describe, expect, it } from 'vitest';
import { changedGoalFields } from '@/lib/goals/changedGoalFields';
import { createGoal, setStepDone, updateGoal } from '@/lib/goals/goalsRepo';
import type { GoalInput } from '@/lib/goals/validateGoalInput';
import type { GoalRecord } from '@/lib/db/records';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

const blank: GoalInput = {
  title: 'Run a 5K',
  category: 'personal',
  description: 'Start slow',
  whyItMatters: '',
  successCriteria: '',
  steps: [{ text: 'Buy shoes', done: false }],
  skillIds: [],
  targetDate: null,
};

let db: PlpDatabase;
let deps: ReturnType<typeof testDeps>;
let opened: GoalRecord;
beforeEach(async () => {
  db = freshDb();
  deps = testDeps();
  opened = await createGoal(db, blank, deps);
});

describe('updateGoal with the form as it opened (two tabs editing one goal)', () => {
  it('keeps the other tab’s change to another field', async () => {
    await updateGoal(db, opened.id, { ...opened, description: 'From tab B' }, deps, opened);
    await updateGoal(db, opened.id, { ...opened, title: 'Run a 10K' }, deps, opened);
    expect(await db.goals.get(opened.id)).toMatchObject({
      title: 'Run a 10K',
      description: 'From tab B',
    });
  });

  it('keeps a step ticked elsewhere when the form did not touch the steps', async () => {
    await setStepDone(db, opened.id, opened.steps[0]!.id, true, deps);
    await updateGoal(db, opened.id, { ...opened, whyItMatters: 'Health' }, deps, opened);
    expect((await db.goals.get(opened.id))?.steps[0]?.done).toBe(true);
  });

  it('lets the later save win when both tabs edit the same field', async () => {
    await updateGoal(db, opened.id, { ...opened, title: 'Tab B title' }, deps, opened);
    await updateGoal(db, opened.id, { ...opened, title: 'Tab A title' }, deps, opened);
    expect((await db.goals.get(opened.id))?.title).toBe('Tab A title');
  });

  it('without a base still writes the whole form, as before', async () => {
    await updateGoal(db, opened.id, { ...opened, description: 'From tab B' }, deps, opened);
    await updateGoal(db, opened.id, { ...opened, title: 'Whole form' }, deps);
    expect(await db.goals.get(opened.id)).toMatchObject({ description: 'Start slow' });
  });
});

describe('changedGoalFields', () => {
  it('names only the fields that differ, ignoring skill order', () => {
    const a = { ...blank, skillIds: ['x', 'y'] };
    expect(changedGoalFields(a, { ...a, skillIds: ['y', 'x'] })).toEqual([]);
    expect(
      changedGoalFields(a, { ...a, title: 'New', steps: [{ text: 'Buy shoes', done: true }] }),
    ).toEqual(['title', 'steps']);
  });
});
