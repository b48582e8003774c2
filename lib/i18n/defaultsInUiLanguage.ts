/**
 * The framework and prompts the extension seeds are stored in English (the database is also
 * opened by the offscreen recorder, which has no browser.i18n). They are shown in the language
 * on screen for as long as the student or school has not changed them: a renamed skill or an
 * edited prompt is the student's own words and is shown as written.
 */
import { i18n } from '#i18n';
import type { PromptSetRecord, SkillRecord } from '../db/records';
import { DEFAULT_SKILLS } from '../skills/defaultSkills';
import { DEFAULT_PROMPT_SET_ID, DEFAULT_PROMPT_SETS } from '../prompts/defaultPromptSets';

/** The locale key of each seeded skill: defaults.skills.<key>.name and .description. */
const SEEDED_SKILL_KEYS = {
  'vt-communication': 'communication',
  'vt-self-direction': 'selfDirection',
  'vt-problem-solving': 'problemSolving',
  'vt-citizenship': 'citizenship',
  'vt-integrative-thinking': 'integrativeThinking',
} as const;

function skillWords(id: string): { name: string; description: string } | undefined {
  const key = SEEDED_SKILL_KEYS[id as keyof typeof SEEDED_SKILL_KEYS];
  if (!key) return undefined;
  return {
    name: i18n.t(`defaults.skills.${key}.name`),
    description: i18n.t(`defaults.skills.${key}.description`),
  };
}

export function skillInUiLanguage(skill: SkillRecord): SkillRecord {
  const seeded = DEFAULT_SKILLS.find((s) => s.id === skill.id);
  const words = seeded && skillWords(skill.id);
  if (!seeded || !words) return skill;
  return {
    ...skill,
    name: skill.name === seeded.name ? words.name : skill.name,
    description: skill.description === seeded.description ? words.description : skill.description,
  };
}

export function promptSetInUiLanguage(set: PromptSetRecord): PromptSetRecord {
  const seeded = DEFAULT_PROMPT_SETS.find((s) => s.id === set.id);
  if (!seeded || set.id !== DEFAULT_PROMPT_SET_ID) return set;
  const unchangedPrompts =
    set.prompts.length === seeded.prompts.length &&
    set.prompts.every((prompt, index) => prompt === seeded.prompts[index]);
  return {
    ...set,
    name: set.name === seeded.name ? i18n.t('defaults.prompts.name') : set.name,
    prompts: unchangedPrompts
      ? [
          i18n.t('defaults.prompts.whatDidIDo'),
          i18n.t('defaults.prompts.whatDidILearn'),
          i18n.t('defaults.prompts.whatEvidence'),
          i18n.t('defaults.prompts.nextStep'),
        ]
      : set.prompts,
  };
}
