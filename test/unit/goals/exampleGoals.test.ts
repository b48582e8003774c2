import { describe, expect, it } from 'vitest';
import { GOAL_CATEGORIES } from '@/lib/db/records';
import { exampleGoals } from '@/lib/goals/exampleGoals';
import { validateGoalInput } from '@/lib/goals/validateGoalInput';

describe('exampleGoals', () => {
  it('offers one example per category, in the words of the locale file', () => {
    const examples = exampleGoals();
    expect(examples.map((e) => e.category)).toEqual([...GOAL_CATEGORIES]);
    expect(examples[0]!.input.title).toBe('Write a research paper I am proud of');
    expect(examples[3]!.input.steps.map((s) => s.text)).toEqual([
      'Measure how much waste we make now',
      'Present a plan to the principal',
    ]);
  });

  it('gives goals the form accepts as they are', () => {
    for (const { category, input } of exampleGoals()) {
      expect(input.category).toBe(category);
      for (const text of [input.description, input.whyItMatters, input.successCriteria]) {
        expect(text).not.toBe('');
      }
      expect(input.steps.every((s) => s.text !== '' && !s.done)).toBe(true);
      expect(validateGoalInput(input, [])).toEqual([]);
    }
  });
});
