import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { promptSetInUiLanguage, skillInUiLanguage } from '@/lib/i18n/defaultsInUiLanguage';
import { DEFAULT_SKILLS } from '@/lib/skills/defaultSkills';
import { DEFAULT_PROMPT_SETS } from '@/lib/prompts/defaultPromptSets';
import { chromeGetMessage, loadChromeMessages } from '../fakeI18n';

async function speakSpanish() {
  Object.assign(fakeBrowser.i18n, { getMessage: chromeGetMessage(await loadChromeMessages('es')) });
}

const seededSet = DEFAULT_PROMPT_SETS[0]!;

describe('seeded skills and prompts in the language on screen', () => {
  it('are unchanged in English: the locale file says exactly what is seeded', () => {
    expect(DEFAULT_SKILLS.map(skillInUiLanguage)).toEqual(DEFAULT_SKILLS);
    expect(promptSetInUiLanguage(seededSet)).toEqual(seededSet);
  });

  it('are shown in Spanish while the student has not changed them', async () => {
    await speakSpanish();
    const selfDirection = skillInUiLanguage(DEFAULT_SKILLS[1]!);
    expect(selfDirection).toMatchObject({ id: 'vt-self-direction', name: 'Autodirección' });
    expect(promptSetInUiLanguage(seededSet).prompts[0]).toBe('¿Qué hice?');
  });

  it('keep what the student or school wrote', async () => {
    await speakSpanish();
    const renamed = { ...DEFAULT_SKILLS[0]!, name: 'Speaking up' };
    expect(skillInUiLanguage(renamed).name).toBe('Speaking up');
    // The description the student did not touch still follows the language.
    expect(skillInUiLanguage(renamed).description).not.toBe(DEFAULT_SKILLS[0]!.description);
    const edited = { ...seededSet, prompts: ['What surprised me?'] };
    expect(promptSetInUiLanguage(edited).prompts).toEqual(['What surprised me?']);
    const custom = { ...DEFAULT_SKILLS[0]!, id: 'school-teamwork', name: 'Teamwork' };
    expect(skillInUiLanguage(custom)).toEqual(custom);
  });
});
