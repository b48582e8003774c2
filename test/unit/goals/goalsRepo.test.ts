import { beforeEach, describe, expect, it } from 'vitest';
import {
  createGoal,
  listGoals,
  moveGoal,
  setGoalStatus,
  setStepDone,
  updateGoal,
} from '@/lib/goals/goalsRepo';
import { GoalValidationError, type GoalInput } from '@/lib/goals/validateGoalInput';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

const input = (title: string, overrides: Partial<GoalInput> = {}): GoalInput => ({
  title,
  category: 'personal',
  description: '',
  whyItMatters: '',
  successCriteria: '',
  steps: [],
  skillIds: [],
  targetDate: null,
  ...overrides,
});

let db: PlpDatabase;
let deps: ReturnType<typeof testDeps>;
beforeEach(() => {
  db = freshDb();
  deps = testDeps();
});

describe('goalsRepo', () => {
  it('creates goals in order with clean fields', async () => {
    const a = await createGoal(
      db,
      input('  Run   a 5K ', {
        steps: [
          { text: ' Buy shoes ', done: false },
          { text: '   ', done: false },
        ],
        skillIds: ['vt-self-direction', 'vt-self-direction'],
        targetDate: '2027-05-01',
      }),
      deps,
    );
    const b = await createGoal(db, input('Read 10 books'), deps);
    expect(a).toMatchObject({
      title: 'Run a 5K',
      status: 'active',
      order: 0,
      skillIds: ['vt-self-direction'],
      targetDate: '2027-05-01',
      achievedAt: null,
    });
    expect(a.steps).toEqual([{ id: expect.any(String), text: 'Buy shoes', done: false }]);
    expect(b.order).toBe(1);
    expect((await listGoals(db)).map((g) => g.title)).toEqual(['Run a 5K', 'Read 10 books']);
  });

  it('refuses a duplicate and stores nothing', async () => {
    await createGoal(db, input('Run a 5K'), deps);
    await expect(createGoal(db, input('run a 5k'), deps)).rejects.toBeInstanceOf(
      GoalValidationError,
    );
    expect(await db.goals.count()).toBe(1);
  });

  it('updates a goal, keeping its id, order and creation time', async () => {
    const goal = await createGoal(db, input('Run a 5K'), deps);
    const updated = await updateGoal(
      db,
      goal.id,
      input('Run a 10K', { description: 'Longer' }),
      deps,
    );
    expect(updated).toMatchObject({
      id: goal.id,
      order: 0,
      createdAt: goal.createdAt,
      title: 'Run a 10K',
    });
    expect(updated.updatedAt).toBeGreaterThan(goal.updatedAt);
    expect(await db.goals.get(goal.id)).toEqual(updated);
  });

  it('marks achieved with a time, and clears it when reactivated', async () => {
    const goal = await createGoal(db, input('Run a 5K'), deps);
    await setGoalStatus(db, goal.id, 'achieved', deps);
    expect((await db.goals.get(goal.id))?.achievedAt).toEqual(expect.any(Number));
    await setGoalStatus(db, goal.id, 'active', deps);
    expect(await db.goals.get(goal.id)).toMatchObject({ status: 'active', achievedAt: null });
    await expect(setGoalStatus(db, 'missing', 'archived', deps)).rejects.toThrow(
      /no longer exists/,
    );
  });

  it('checks off one step only', async () => {
    const goal = await createGoal(
      db,
      input('Run a 5K', {
        steps: [
          { text: 'a', done: false },
          { text: 'b', done: false },
        ],
      }),
      deps,
    );
    await setStepDone(db, goal.id, goal.steps[1]!.id, true, deps);
    expect((await db.goals.get(goal.id))?.steps.map((s) => s.done)).toEqual([false, true]);
  });

  it('moves a goal among goals of the same status', async () => {
    const a = await createGoal(db, input('A'), deps);
    const b = await createGoal(db, input('B'), deps);
    const c = await createGoal(db, input('C'), deps);
    await setGoalStatus(db, b.id, 'archived', deps);
    // B is archived, so C's neighbour above in the active list is A.
    expect(await moveGoal(db, c.id, -1, deps)).toBe(true);
    const active = (await listGoals(db)).filter((g) => g.status === 'active');
    expect(active.map((g) => g.title)).toEqual(['C', 'A']);
    expect(await moveGoal(db, c.id, -1, deps)).toBe(false);
    expect(await moveGoal(db, a.id, 1, deps)).toBe(false);
  });
});
