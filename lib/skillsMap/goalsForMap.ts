import type { GoalRecord } from '../db/records';

/**
 * The skills map's columns: active goals first, then achieved ones, each in
 * the student's order. Archived goals are put away on purpose, so the map
 * leaves them out and only says how many there are.
 */
export function goalsForMap(goals: readonly GoalRecord[]): {
  columns: GoalRecord[];
  archivedCount: number;
} {
  const byOrder = [...goals].sort((a, b) => a.order - b.order);
  return {
    columns: [
      ...byOrder.filter((goal) => goal.status === 'active'),
      ...byOrder.filter((goal) => goal.status === 'achieved'),
    ],
    archivedCount: byOrder.filter((goal) => goal.status === 'archived').length,
  };
}
