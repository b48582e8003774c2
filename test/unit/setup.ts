import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeGetMessage, loadChromeMessages } from './fakeI18n';

const englishMessages = await loadChromeMessages('en');

/** The real English strings (see fakeI18n.ts); fakeBrowser.reset() leaves i18n alone. */
function installEnglish(): void {
  Object.assign(fakeBrowser.i18n, {
    getMessage: chromeGetMessage(englishMessages),
    getUILanguage: () => 'en',
  });
}

installEnglish();
beforeEach(() => {
  fakeBrowser.reset();
  installEnglish();
});
