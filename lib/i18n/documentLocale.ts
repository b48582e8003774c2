import { i18n } from '#i18n';

/**
 * The language the words on screen are in: the locale file the browser chose, which is English
 * when the browser's language has none. Dates and numbers are formatted in it too, so a page
 * never mixes a Spanish sentence with an English date.
 */
export function uiLanguage(): string {
  return i18n.t('meta.lang');
}

/**
 * Marks a page with the language and direction of its words, so screen readers pronounce them
 * right and a right-to-left locale lays the page out mirrored (the CSS uses logical properties).
 */
export function applyDocumentLocale(root: HTMLElement, title?: string): void {
  root.lang = uiLanguage();
  root.dir = i18n.t('meta.dir') === 'rtl' ? 'rtl' : 'ltr';
  if (title !== undefined && root.ownerDocument.documentElement === root) {
    root.ownerDocument.title = title;
  }
}
