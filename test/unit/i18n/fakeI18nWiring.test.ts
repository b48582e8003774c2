import { i18n } from '#i18n';
import { describe, expect, it } from 'vitest';

describe('i18n in unit tests', () => {
  it('reads the English locale file through browser.i18n', () => {
    expect(i18n.t('extName')).toBe('PLP Companion');
    expect(i18n.t('commands.stopRecording')).toBe(
      'Stop the screencast reflection you are recording',
    );
  });
});
