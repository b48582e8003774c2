/**
 * browser.i18n for unit tests, from the real locale files: WXT's fakeBrowser has no i18n, and
 * tests should read the words a student reads. Follows Chrome's getMessage: $1-$9 are
 * substitutions, $$ is a dollar sign, an unknown name gives ''.
 */
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';

type ChromeMessages = Record<string, { message: string }>;

export async function loadChromeMessages(locale: string): Promise<ChromeMessages> {
  const messages = await parseMessagesFile(`locales/${locale}.yml`);
  return JSON.parse(generateChromeMessagesText(messages)) as ChromeMessages;
}

export function chromeGetMessage(messages: ChromeMessages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
    );
  };
}
