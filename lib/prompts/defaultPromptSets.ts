import type { PromptSetRecord } from '../db/records';

export const DEFAULT_PROMPT_SET_ID = 'default-reflection';

/** The prompts a reflection starts with: the four questions of a PLP reflection. */
export const DEFAULT_PROMPT_SETS: readonly PromptSetRecord[] = [
  {
    id: DEFAULT_PROMPT_SET_ID,
    name: 'Reflect on my learning',
    prompts: [
      'What did I do?',
      'What did I learn?',
      'What evidence shows my growth?',
      'What is my next step?',
    ],
    goalId: null,
    source: 'default',
    order: 0,
    updatedAt: 0,
  },
];
