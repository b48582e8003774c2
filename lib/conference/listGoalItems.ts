import type { PlpDatabase } from '../db/schema';
import { EMPTY_LIBRARY_QUERY } from '../library/libraryQuery';
import { queryLibrary } from '../library/queryLibrary';
import { loadLibraryCards, type LibraryCard } from '../library/loadLibraryCards';

/**
 * Each goal's evidence and reflections, oldest first (a conference tells the
 * story in the order it happened), as library cards: titles and dates, never
 * article text or media. Trashed items are not listed. One library query for
 * all the goals, split by each card's goals, so the plan stays quick with
 * many goals and thousands of items.
 */
export async function listGoalItems(
  db: PlpDatabase,
  goalIds: readonly string[],
): Promise<Map<string, LibraryCard[]>> {
  const byGoal = new Map<string, LibraryCard[]>(goalIds.map((goalId) => [goalId, []]));
  if (goalIds.length === 0) return byGoal;
  const entries = await queryLibrary(db, { ...EMPTY_LIBRARY_QUERY, goalIds, sort: 'oldest' });
  for (const card of await loadLibraryCards(db, entries)) {
    for (const goalId of new Set(card.goalIds)) byGoal.get(goalId)?.push(card);
  }
  return byGoal;
}
