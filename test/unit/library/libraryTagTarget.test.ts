import { describe, expect, it } from 'vitest';
import { parseTagTarget, tagChangeFor, tagTargetValue } from '@/lib/library/libraryTagTarget';

describe('library tag targets', () => {
  it('round-trips goal and skill option values', () => {
    expect(parseTagTarget(tagTargetValue({ type: 'goal', id: 'g:1' }))).toEqual({
      type: 'goal',
      id: 'g:1',
    });
    expect(parseTagTarget('skill:vt-self-direction')).toEqual({
      type: 'skill',
      id: 'vt-self-direction',
    });
    expect(parseTagTarget('')).toBeNull();
    expect(parseTagTarget('goal:')).toBeNull();
    expect(parseTagTarget('other:x')).toBeNull();
  });

  it('builds the bulkTag change for adding or removing', () => {
    expect(tagChangeFor({ type: 'goal', id: 'g' }, 'add')).toEqual({ addGoalIds: ['g'] });
    expect(tagChangeFor({ type: 'goal', id: 'g' }, 'remove')).toEqual({ removeGoalIds: ['g'] });
    expect(tagChangeFor({ type: 'skill', id: 's' }, 'add')).toEqual({ addSkillIds: ['s'] });
    expect(tagChangeFor({ type: 'skill', id: 's' }, 'remove')).toEqual({
      removeSkillIds: ['s'],
    });
  });
});
