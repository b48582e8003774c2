import type { GoalCategory } from '../db/records';
import type { GoalInput } from './validateGoalInput';

export interface ExampleGoal {
  category: GoalCategory;
  input: GoalInput;
}

const example = (
  category: GoalCategory,
  input: Omit<GoalInput, 'category' | 'targetDate'>,
): ExampleGoal => ({
  category,
  input: { ...input, category, targetDate: null },
});

/** One example per category, shown in the empty state so a first goal is a click away. */
export const EXAMPLE_GOALS: readonly ExampleGoal[] = [
  example('academic', {
    title: 'Write a research paper I am proud of',
    description: 'Research a question in science or history and write a clear, well-sourced paper.',
    whyItMatters: 'I want to be able to argue from evidence, in school and beyond.',
    successCriteria: 'A finished paper with at least five sources and feedback from my teacher.',
    steps: [
      { text: 'Choose a question that interests me', done: false },
      { text: 'Find and note five good sources', done: false },
      { text: 'Write a draft and ask for feedback', done: false },
    ],
    skillIds: ['vt-communication', 'vt-integrative-thinking'],
  }),
  example('personal', {
    title: 'Build a steady study routine',
    description: 'Plan my week and keep a routine for homework, rest and the things I love.',
    whyItMatters: 'I feel less stressed when I know what comes next.',
    successCriteria: 'Four weeks in a row with my plan kept on most days.',
    steps: [
      { text: 'Make a weekly planner', done: false },
      { text: 'Check in with my advisor every Friday', done: false },
    ],
    skillIds: ['vt-self-direction'],
  }),
  example('career', {
    title: 'Explore a career in health care',
    description: 'Learn what nurses, therapists and technicians do, and try it out.',
    whyItMatters: 'I want to help people, and I want to know which job fits me.',
    successCriteria: 'Two informational interviews and one job shadow day.',
    steps: [
      { text: 'List three jobs to learn about', done: false },
      { text: 'Ask my school counselor about a job shadow', done: false },
    ],
    skillIds: ['vt-communication', 'vt-problem-solving'],
  }),
  example('civic', {
    title: 'Start a recycling project at school',
    description: 'Work with classmates and staff to cut the waste our cafeteria sends to landfill.',
    whyItMatters: 'Our town cares about its rivers and forests, and so do I.',
    successCriteria:
      'Recycling bins in the cafeteria and a month of results shared with the school.',
    steps: [
      { text: 'Measure how much waste we make now', done: false },
      { text: 'Present a plan to the principal', done: false },
    ],
    skillIds: ['vt-citizenship', 'vt-problem-solving'],
  }),
];
