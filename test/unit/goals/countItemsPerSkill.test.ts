import { describe, expect, it } from 'vitest';
import { countItemsPerSkill } from '@/lib/goals/countItemsPerSkill';
import type { SkillRecord } from '@/lib/db/records';

const skill = (id: string, order: number): SkillRecord => ({
  id,
  name: `Skill ${id}`,
  description: '',
  order,
  source: 'default',
});
const SKILLS = [skill('a', 0), skill('b', 1), skill('c', 2)];

describe('countItemsPerSkill', () => {
  it('counts items per skill in the framework’s order, zeros included', () => {
    const counts = countItemsPerSkill(
      [{ skillIds: ['a', 'c'] }, { skillIds: ['a'] }, { skillIds: [] }],
      SKILLS,
    );
    expect(counts.map(({ skill, count }) => [skill.id, count])).toEqual([
      ['a', 2],
      ['b', 0],
      ['c', 1],
    ]);
  });

  it('counts an item once per skill and ignores skills that no longer exist', () => {
    const counts = countItemsPerSkill([{ skillIds: ['b', 'b', 'deleted'] }], SKILLS);
    expect(counts.map(({ count }) => count)).toEqual([0, 1, 0]);
  });

  it('lists every skill with zero when there are no items', () => {
    expect(countItemsPerSkill([], SKILLS).map(({ count }) => count)).toEqual([0, 0, 0]);
  });
});
