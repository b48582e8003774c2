import type { PlpDatabase } from '../db/schema';
import type { GoalRecord, SkillRecord } from '../db/records';
import { libraryKeyString, type LibraryKey } from '../library/libraryQuery';
import { loadConferenceItems } from './conferenceItem';
import { pickedGoals, pickedItemsByGoal, type ConferencePlan } from './conferencePlan';
import { buildConferenceSlides, type ConferenceSlide } from './buildConferenceSlides';

export interface ConferenceSources {
  goals: readonly GoalRecord[];
  skills: readonly SkillRecord[];
  /** Each goal's items, oldest first, as the plan listed them (listGoalItems). */
  itemsByGoal: ReadonlyMap<string, readonly LibraryKey[]>;
}

/**
 * The slides for a plan: reads the picked items' records once, when the
 * conference starts, so the deck holds still while it is presented.
 */
export async function prepareConference(
  db: PlpDatabase,
  plan: ConferencePlan,
  sources: ConferenceSources,
  now: () => number = Date.now,
): Promise<ConferenceSlide[]> {
  const goals = pickedGoals(plan, sources.goals);
  const placement = pickedItemsByGoal(plan, goals, sources.itemsByGoal);
  const keys = [...placement.values()].flat();
  const items = new Map(
    (await loadConferenceItems(db, keys)).map((item) => [libraryKeyString(item), item]),
  );
  const itemsByGoal = new Map(
    [...placement].map(([goalId, list]) => [
      goalId,
      list.flatMap((key) => items.get(libraryKeyString(key)) ?? []),
    ]),
  );
  return buildConferenceSlides(goals, sources.skills, itemsByGoal, {
    date: now(),
    includeSkills: plan.includeSkills,
  });
}
