import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedFailureInUiLanguage } from '@/lib/i18n/storedFailureInUiLanguage';
import { PROCESSING_FAILURES } from '@/lib/reflections/processingFailureMessage';
import { chromeGetMessage, loadChromeMessages } from '../fakeI18n';

describe('a reflection failure stored in English by the offscreen recorder', () => {
  it.each(Object.entries(PROCESSING_FAILURES))(
    '%s reads the same in English as the recorder wrote it',
    (_name, english) => {
      expect(storedFailureInUiLanguage(english)).toBe(english);
    },
  );

  it('is shown in Spanish, and unknown text as stored', async () => {
    Object.assign(fakeBrowser.i18n, {
      getMessage: chromeGetMessage(await loadChromeMessages('es')),
    });
    expect(storedFailureInUiLanguage(PROCESSING_FAILURES.stalled)).toBe(
      'La creación del video dejó de responder. Tu grabación está a salvo. Cierra algunas pestañas y vuelve a intentarlo.',
    );
    expect(storedFailureInUiLanguage('An older message.')).toBe('An older message.');
    expect(
      storedFailureInUiLanguage('Nothing was saved. This device ran out of space for recordings.'),
    ).toBe('No se guardó nada. Este dispositivo se quedó sin espacio para grabaciones.');
    expect(storedFailureInUiLanguage('Nothing was saved. NotAllowedError')).toBe(
      'No se guardó nada. NotAllowedError',
    );
  });
});
