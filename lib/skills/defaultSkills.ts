import type { SkillRecord } from '../db/records';

/**
 * Vermont's transferable skills, the default PLP framework. Fixed ids let a
 * school's framework or an import refer to them across devices.
 */
export const DEFAULT_SKILLS: readonly SkillRecord[] = [
  {
    id: 'vt-communication',
    name: 'Clear and effective communication',
    description:
      'Expressing ideas clearly in writing, speech, media and the arts, for an audience and purpose.',
    order: 0,
    source: 'default',
  },
  {
    id: 'vt-self-direction',
    name: 'Self-direction',
    description: 'Setting goals, managing time and effort, and persisting through challenges.',
    order: 1,
    source: 'default',
  },
  {
    id: 'vt-problem-solving',
    name: 'Creative and practical problem solving',
    description:
      'Framing problems, trying ideas, testing solutions and learning from what happens.',
    order: 2,
    source: 'default',
  },
  {
    id: 'vt-citizenship',
    name: 'Responsible and involved citizenship',
    description: 'Taking part in and caring for communities, from school to the wider world.',
    order: 3,
    source: 'default',
  },
  {
    id: 'vt-integrative-thinking',
    name: 'Informed and integrative thinking',
    description: 'Gathering and weighing evidence, and connecting ideas across subjects.',
    order: 4,
    source: 'default',
  },
];
