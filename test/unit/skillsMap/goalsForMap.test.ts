import { describe, expect, it } from 'vitest';
import { goalsForMap } from '@/lib/skillsMap/goalsForMap';
import type { GoalRecord, GoalStatus } from '@/lib/db/records';

function goal(id: string, status: GoalStatus, order: number): GoalRecord {
  return {
    id,
    title: id,
    category: 'personal',
    description: '',
    whyItMatters: '',
    successCriteria: '',
    steps: [],
    skillIds: [],
    status,
    targetDate: null,
    order,
    createdAt: 0,
    updatedAt: 0,
    achievedAt: status === 'achieved' ? 0 : null,
  };
}

describe('goalsForMap', () => {
  it('puts active goals first, then achieved, each in order, and leaves archived out', () => {
    const { columns, archivedCount } = goalsForMap([
      goal('achieved-early', 'achieved', 0),
      goal('active-late', 'active', 5),
      goal('archived', 'archived', 1),
      goal('active-early', 'active', 2),
      goal('achieved-late', 'achieved', 9),
    ]);
    expect(columns.map((g) => g.id)).toEqual([
      'active-early',
      'active-late',
      'achieved-early',
      'achieved-late',
    ]);
    expect(archivedCount).toBe(1);
  });
});
