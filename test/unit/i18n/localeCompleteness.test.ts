/** Every locale says everything English says, with the same slots for values and plurals. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadChromeMessages } from '../fakeI18n';

const locales = readdirSync('locales')
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.replace(/\.yml$/, ''))
  .filter((locale) => locale !== 'en');

/** What a translation must keep: {named} values, $n values and the number of plural forms. */
function slots(message: string) {
  return {
    named: [...new Set(message.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort(),
    numbered: [...new Set(message.match(/\$[1-9]/g) ?? [])].sort(),
    pluralForms: message.split(' | ').length,
  };
}

describe('locale files', () => {
  it('include Spanish', () => {
    expect(locales).toContain('es');
  });

  describe.each(locales)('%s', (locale) => {
    it('has every English key and no others, none of them empty', async () => {
      const english = await loadChromeMessages('en');
      const other = await loadChromeMessages(locale);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      const empty = Object.entries(other).filter(([, { message }]) => !message.trim());
      expect(empty.map(([key]) => key)).toEqual([]);
    });

    it('keeps every value slot and plural form of the English message', async () => {
      const english = await loadChromeMessages('en');
      const other = await loadChromeMessages(locale);
      const mismatched = Object.keys(english)
        .filter((key) => other[key])
        .filter(
          (key) =>
            JSON.stringify(slots(english[key]!.message)) !==
            JSON.stringify(slots(other[key]!.message)),
        );
      expect(mismatched).toEqual([]);
    });
  });
});
