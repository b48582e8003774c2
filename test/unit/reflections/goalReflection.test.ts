import { describe, expect, it } from 'vitest';
import {
  achievedGoalPrompts,
  achievedGoalReflection,
  goalReflectionTitle,
  hasAnyAnswer,
  noteFromAnswers,
} from '@/lib/reflections/goalReflection';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { reflectionIssueMessage } from '@/lib/reflections/reflectionIssueMessage';
import { freshDb, testDeps } from '../testDb';

const goal = { id: 'g1', title: 'Run a 5K' };

describe('goalReflection', () => {
  it('asks what it took and what is next when a goal is achieved', () => {
    expect(achievedGoalPrompts()).toEqual(['What did it take?', "What's next?"]);
  });

  it('starts a goal’s reflection with a title naming the goal', () => {
    expect(goalReflectionTitle(goal)).toBe('Reflection on Run a 5K');
  });

  it('writes each answer under its prompt, leaving unanswered prompts out', () => {
    expect(noteFromAnswers(['One?', 'Two?'], [' Training ', 'A 10K'])).toBe(
      'One?\nTraining\n\nTwo?\nA 10K',
    );
    expect(noteFromAnswers(['One?', 'Two?'], ['', 'A 10K'])).toBe('Two?\nA 10K');
  });

  it('tells whether the student wrote anything', () => {
    expect(hasAnyAnswer(['', '  \n'])).toBe(false);
    expect(hasAnyAnswer(['', 'yes'])).toBe(true);
  });

  it('saves an achieved reflection with both prompts, tagged with the goal', async () => {
    const db = freshDb();
    const input = achievedGoalReflection(goal, ['Running every morning', 'A half marathon']);
    const saved = await createWrittenReflection(db, input, testDeps());
    const stored = await db.reflections.get(saved.id);
    expect(stored).toMatchObject({
      kind: 'written',
      status: 'ready',
      title: 'Reflection on achieving Run a 5K',
      note: "What did it take?\nRunning every morning\n\nWhat's next?\nA half marathon",
      goalIds: ['g1'],
      skillIds: [],
      prompts: ['What did it take?', "What's next?"],
      deletedAt: null,
    });
  });

  it('explains why a reflection can’t be saved', () => {
    expect(reflectionIssueMessage({ field: 'title', code: 'empty' })).toMatch(
      /Give your reflection/,
    );
    expect(reflectionIssueMessage({ field: 'title', code: 'too-long' })).toMatch(/500 characters/);
    expect(reflectionIssueMessage({ field: 'note', code: 'too-long' })).toMatch(/20,000/);
  });
});
