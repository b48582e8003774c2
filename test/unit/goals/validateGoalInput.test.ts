import { describe, expect, it } from 'vitest';
import { normalizeTitle, validateGoalInput, type GoalInput } from '@/lib/goals/validateGoalInput';
import { goalIssueMessage } from '@/lib/goals/goalText';

const input = (overrides: Partial<GoalInput> = {}): GoalInput => ({
  title: 'Learn to code',
  category: 'academic',
  description: '',
  whyItMatters: '',
  successCriteria: '',
  steps: [],
  skillIds: [],
  targetDate: null,
  ...overrides,
});

describe('validateGoalInput', () => {
  it('accepts a good title', () => {
    expect(validateGoalInput(input(), [])).toEqual([]);
  });

  it('rejects an empty or blank title', () => {
    expect(validateGoalInput(input({ title: '   ' }), [])).toEqual([
      { field: 'title', code: 'empty' },
    ]);
  });

  it('rejects a title over 120 characters but accepts exactly 120', () => {
    expect(validateGoalInput(input({ title: 'a'.repeat(121) }), [])).toEqual([
      { field: 'title', code: 'too-long', max: 120 },
    ]);
    expect(validateGoalInput(input({ title: 'a'.repeat(120) }), [])).toEqual([]);
  });

  it('finds duplicates whatever the case, spacing or Unicode form', () => {
    const existing = [{ id: 'g1', title: 'Learn  to Code', status: 'active' as const }];
    expect(validateGoalInput(input({ title: ' learn to code ' }), existing)).toEqual([
      { field: 'title', code: 'duplicate', existingStatus: 'active' },
    ]);
    expect(normalizeTitle('Ｃafé')).toBe(normalizeTitle('café'));
  });

  it('lets a goal keep its own title when edited', () => {
    const existing = [{ id: 'g1', title: 'Learn to code', status: 'active' as const }];
    expect(validateGoalInput(input(), existing, 'g1')).toEqual([]);
  });

  it('points to the archive when the twin is archived', () => {
    const existing = [{ id: 'g1', title: 'Learn to code', status: 'archived' as const }];
    const [issue] = validateGoalInput(input(), existing);
    expect(issue).toEqual({ field: 'title', code: 'duplicate', existingStatus: 'archived' });
    expect(goalIssueMessage(issue!)).toMatch(/archived goal/);
  });

  it('rejects an overlong step and says which one', () => {
    const steps = [
      { text: 'ok', done: false },
      { text: 'x'.repeat(301), done: false },
    ];
    const issues = validateGoalInput(input({ steps }), []);
    expect(issues).toEqual([{ field: 'steps', code: 'step-too-long', index: 1, max: 300 }]);
    expect(goalIssueMessage(issues[0]!)).toMatch(/Step 2/);
  });
});
