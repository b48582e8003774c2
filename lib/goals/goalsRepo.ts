import type { PlpDatabase } from '../db/schema';
import type { GoalRecord, GoalStatus } from '../db/records';
import { changedGoalFields } from './changedGoalFields';
import { GoalValidationError, validateGoalInput, type GoalInput } from './validateGoalInput';

export interface RepoDeps {
  now: () => number;
  newId: () => string;
}

export const defaultRepoDeps: RepoDeps = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/** All goals in the student's order. A student has tens of goals, not thousands. */
export function listGoals(db: PlpDatabase): Promise<GoalRecord[]> {
  return db.goals.orderBy('order').toArray();
}

function cleanInput(input: GoalInput, deps: RepoDeps) {
  return {
    title: input.title.trim().replace(/\s+/g, ' '),
    category: input.category,
    description: input.description.trim(),
    whyItMatters: input.whyItMatters.trim(),
    successCriteria: input.successCriteria.trim(),
    // Blank step rows are what an unfinished form leaves behind, not steps.
    steps: input.steps
      .map((s) => ({ id: s.id ?? deps.newId(), text: s.text.trim(), done: s.done }))
      .filter((s) => s.text.length > 0),
    skillIds: [...new Set(input.skillIds)],
    targetDate: input.targetDate,
  };
}

/** Validation and the write share one transaction, so two tabs can't both add the same goal. */
export async function createGoal(
  db: PlpDatabase,
  input: GoalInput,
  deps: RepoDeps = defaultRepoDeps,
): Promise<GoalRecord> {
  return db.transaction('rw', db.goals, async () => {
    const existing = await db.goals.toArray();
    const issues = validateGoalInput(input, existing);
    if (issues.length > 0) throw new GoalValidationError(issues);
    const now = deps.now();
    const lastOrder = existing.reduce((max, g) => Math.max(max, g.order), -1);
    const goal: GoalRecord = {
      id: deps.newId(),
      ...cleanInput(input, deps),
      status: 'active',
      order: lastOrder + 1,
      createdAt: now,
      updatedAt: now,
      achievedAt: null,
    };
    await db.goals.add(goal);
    return goal;
  });
}

/**
 * Saves an edit. With `base` (the goal as the form first showed it), only the
 * fields the student changed are written, over the goal as it is now: another
 * tab's save or step tick made meanwhile to other fields is kept, not
 * overwritten by the form's stale copy. Both editing one field: the later save wins.
 */
export async function updateGoal(
  db: PlpDatabase,
  id: string,
  input: GoalInput,
  deps: RepoDeps = defaultRepoDeps,
  base?: GoalInput,
): Promise<GoalRecord> {
  return db.transaction('rw', db.goals, async () => {
    const existing = await db.goals.toArray();
    const current = existing.find((g) => g.id === id);
    if (!current) throw new Error(`Goal ${id} no longer exists`);
    const merged = base ? mergeEdit(current, base, input) : input;
    const issues = validateGoalInput(merged, existing, id);
    if (issues.length > 0) throw new GoalValidationError(issues);
    const changes = { ...cleanInput(merged, deps), updatedAt: deps.now() };
    await db.goals.update(id, changes);
    return { ...current, ...changes };
  });
}

/** The goal now, with the fields changed from `base` to `edited` taken from `edited`. */
function mergeEdit(current: GoalRecord, base: GoalInput, edited: GoalInput): GoalInput {
  const merged: GoalInput = { ...current };
  for (const field of changedGoalFields(base, edited))
    Object.assign(merged, { [field]: edited[field] });
  return merged;
}

export async function setGoalStatus(
  db: PlpDatabase,
  id: string,
  status: GoalStatus,
  deps: Pick<RepoDeps, 'now'> = defaultRepoDeps,
): Promise<void> {
  const now = deps.now();
  const changed = await db.goals.update(id, {
    status,
    updatedAt: now,
    achievedAt: status === 'achieved' ? now : null,
  });
  if (changed === 0) throw new Error(`Goal ${id} no longer exists`);
}

export async function setStepDone(
  db: PlpDatabase,
  goalId: string,
  stepId: string,
  done: boolean,
  deps: Pick<RepoDeps, 'now'> = defaultRepoDeps,
): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(goalId);
    if (!goal) throw new Error(`Goal ${goalId} no longer exists`);
    const steps = goal.steps.map((s) => (s.id === stepId ? { ...s, done } : s));
    await db.goals.update(goalId, { steps, updatedAt: deps.now() });
  });
}

/**
 * Moves a goal one place up or down among the goals that share its status
 * (the list the student sees), by swapping `order` with its neighbour.
 */
export async function moveGoal(
  db: PlpDatabase,
  id: string,
  direction: -1 | 1,
  deps: Pick<RepoDeps, 'now'> = defaultRepoDeps,
): Promise<boolean> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (!goal) return false;
    const siblings = (await db.goals.where('status').equals(goal.status).toArray()).sort(
      (a, b) => a.order - b.order,
    );
    const index = siblings.findIndex((g) => g.id === id);
    const neighbour = siblings[index + direction];
    if (!neighbour) return false;
    const now = deps.now();
    await db.goals.update(goal.id, { order: neighbour.order, updatedAt: now });
    await db.goals.update(neighbour.id, { order: goal.order, updatedAt: now });
    return true;
  });
}
