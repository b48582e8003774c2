import { ClipError } from './clipErrors';
import { isWebUrl } from '../urls/webUrl';

// Browsers refuse extensions on their own pages and on their add-on stores;
// these hosts are where that happens.
const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];
const BROWSER_SCHEMES =
  /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|devtools|chrome-search|chrome-untrusted|resource|view-source|data|blob|javascript):/i;

/**
 * Throws a ClipError when a page can't be clipped at all, before anything is
 * injected, so the student gets the reason rather than a silent failure. The
 * PDF viewer is found by trying (its URL is the PDF's), in `injectClipper`.
 */
export function assertClippable(url: string | undefined, fileAccessAllowed: boolean): string {
  // Without the student's click (activeTab) the browser hides the tab's URL.
  if (!url) throw new ClipError('cannot-inject', false, 'no access to this tab');
  if (url.startsWith('view-source:')) throw new ClipError('view-source', isWebUrl(url.slice(12)));
  if (BROWSER_SCHEMES.test(url)) throw new ClipError('browser-page');
  if (WEB_STORES.some((pattern) => pattern.test(url))) throw new ClipError('web-store', true);
  if (url.startsWith('file:') && !fileAccessAllowed) throw new ClipError('file-no-access');
  return url;
}

/** The URL a link-only clip saves for a page that can't be clipped (view-source: points at its page). */
export function linkOnlyUrl(url: string): string {
  return url.startsWith('view-source:') ? url.slice(12) : url;
}
