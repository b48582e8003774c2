/**
 * Lib code words things with i18n.t, which reads browser.i18n. A spec that runs such code in Node
 * (Playwright's side, e.g. building the offline portfolio page) imports this first: it gives Node
 * a browser.i18n answering from the built extension's own English messages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromeGetMessage } from '../unit/fakeI18n';

const messagesFile = path.resolve('.output/chrome-mv3/_locales/en/messages.json');
const messages = JSON.parse(readFileSync(messagesFile, 'utf8')) as Record<
  string,
  { message: string }
>;

const node = globalThis as { chrome?: unknown };
node.chrome ??= {
  i18n: { getMessage: chromeGetMessage(messages), getUILanguage: () => 'en' },
};
