import type { GoalRecord, GoalStatus } from '../db/records';
import { libraryKeyString, type LibraryKey } from '../library/libraryQuery';

/**
 * What the student chose in "Plan your conference". Only their changes are
 * kept, so goals and items that appear while the plan is open (another tab,
 * a reflection finishing) follow the defaults instead of being left out.
 */
export interface ConferencePlan {
  /** Goals the student ticked or unticked; every other goal follows pickedByDefault. */
  goalChoices: ReadonlyMap<string, boolean>;
  /** Items (libraryKeyString) the student unticked; every other item is shown. */
  leftOutItems: ReadonlySet<string>;
  /** End with a slide counting the skills the shown items are tagged with. */
  includeSkills: boolean;
}

export const NEW_CONFERENCE_PLAN: ConferencePlan = {
  goalChoices: new Map(),
  leftOutItems: new Set(),
  includeSkills: true,
};

/** Active and achieved goals are what a conference is about; archived ones were set aside. */
export function pickedByDefault(goal: Pick<GoalRecord, 'status'>): boolean {
  return goal.status !== 'archived';
}

export function isGoalPicked(plan: ConferencePlan, goal: Pick<GoalRecord, 'id' | 'status'>) {
  return plan.goalChoices.get(goal.id) ?? pickedByDefault(goal);
}

export function withGoalPicked(
  plan: ConferencePlan,
  goalId: string,
  picked: boolean,
): ConferencePlan {
  return { ...plan, goalChoices: new Map(plan.goalChoices).set(goalId, picked) };
}

export function isItemPicked(plan: ConferencePlan, key: LibraryKey): boolean {
  return !plan.leftOutItems.has(libraryKeyString(key));
}

/** One choice per item: an item tagged with two goals is ticked or unticked under both. */
export function withItemPicked(
  plan: ConferencePlan,
  key: LibraryKey,
  picked: boolean,
): ConferencePlan {
  const leftOutItems = new Set(plan.leftOutItems);
  if (picked) leftOutItems.delete(libraryKeyString(key));
  else leftOutItems.add(libraryKeyString(key));
  return { ...plan, leftOutItems };
}

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, achieved: 1, archived: 2 };

/** Current goals first, then achieved, then archived, each in the student's own order. */
export function conferenceGoalOrder(goals: readonly GoalRecord[]): GoalRecord[] {
  return [...goals].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.order - b.order,
  );
}

export function pickedGoals(plan: ConferencePlan, goals: readonly GoalRecord[]): GoalRecord[] {
  return conferenceGoalOrder(goals).filter((goal) => isGoalPicked(plan, goal));
}

/**
 * Where each picked item is shown: under the first picked goal that has it,
 * so an item tagged with two goals is one slide, not the same slide twice.
 * Keys are goal ids; values keep the goal's own order (oldest first).
 */
export function pickedItemsByGoal<T extends LibraryKey>(
  plan: ConferencePlan,
  goals: readonly Pick<GoalRecord, 'id'>[],
  itemsByGoal: ReadonlyMap<string, readonly T[]>,
): Map<string, T[]> {
  const shown = new Set<string>();
  const result = new Map<string, T[]>();
  for (const goal of goals) {
    const items: T[] = [];
    for (const item of itemsByGoal.get(goal.id) ?? []) {
      const key = libraryKeyString(item);
      if (!isItemPicked(plan, item) || shown.has(key)) continue;
      shown.add(key);
      items.push(item);
    }
    result.set(goal.id, items);
  }
  return result;
}

/** For each picked item (libraryKeyString), the goal whose section shows it. */
export function goalShowingEachItem(
  plan: ConferencePlan,
  goals: readonly Pick<GoalRecord, 'id'>[],
  itemsByGoal: ReadonlyMap<string, readonly LibraryKey[]>,
): Map<string, string> {
  const result = new Map<string, string>();
  for (const [goalId, items] of pickedItemsByGoal(plan, goals, itemsByGoal)) {
    for (const item of items) result.set(libraryKeyString(item), goalId);
  }
  return result;
}

/** How many slides the plan makes: title, each goal, each item once, and the skills slide. */
export function conferenceSlideCount(
  plan: ConferencePlan,
  goals: readonly GoalRecord[],
  itemsByGoal: ReadonlyMap<string, readonly LibraryKey[]>,
): number {
  const picked = pickedGoals(plan, goals);
  let items = 0;
  for (const list of pickedItemsByGoal(plan, picked, itemsByGoal).values()) items += list.length;
  return 1 + picked.length + items + (plan.includeSkills ? 1 : 0);
}
