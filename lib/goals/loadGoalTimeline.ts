import type { PlpDatabase } from '../db/schema';
import { EMPTY_LIBRARY_QUERY } from '../library/libraryQuery';
import { queryLibrary } from '../library/queryLibrary';
import { loadLibraryCards, type LibraryCard } from '../library/loadLibraryCards';

/**
 * A goal's clips and reflections, oldest first, so the goal page can show how
 * the student grew. The library query leaves trashed items out. A goal has
 * tens to hundreds of items, so every card is loaded at once.
 */
export async function loadGoalTimeline(db: PlpDatabase, goalId: string): Promise<LibraryCard[]> {
  const keys = await queryLibrary(db, {
    ...EMPTY_LIBRARY_QUERY,
    goalIds: [goalId],
    sort: 'oldest',
  });
  return loadLibraryCards(db, keys);
}
