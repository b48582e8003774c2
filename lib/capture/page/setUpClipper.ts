import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtensionApi } from '../../extensionApi';
import {
  clipperMessenger,
  clipperSchemas,
  clipperSenders,
  type ClipperProtocol,
  type CollectedPage,
  type PagePart,
} from '../../messaging/clipper';
import { registerHandlers } from '../../messaging/registerHandlers';
import { readPageMetadata } from '../readPageMetadata';
import { readSelection } from '../readSelection';
import { extractArticle } from '../extractArticle';
import { inlineArticleImages } from '../inlineImages';
import { buildSingleFileHtml } from './buildSingleFileHtml';
import { fetchFaviconDataUrl } from './fetchFaviconDataUrl';
import { locateImage } from './locateImage';
import { pickRegion } from './pickRegion';
import {
  hideFixedAndSticky,
  measurePage,
  restorePage,
  restorePageIfAltered,
  scrollToY,
} from './fullPageScroller';
import { restoreWhenCaptureEnds } from './restoreWhenCaptureEnds';

/**
 * The clipper inside the student's tab. It only reads the page and answers
 * the service worker; it never opens the extension's database (a content
 * script's IndexedDB belongs to the web page) and never sends image bytes.
 */
export function setUpClipper(
  ctx: ContentScriptContext,
  browser: Pick<ExtensionApi, 'runtime'>,
  win: Window = window,
) {
  const origin = { x: win.scrollX, y: win.scrollY };

  const remove = registerHandlers<ClipperProtocol>({
    messenger: clipperMessenger,
    schemas: clipperSchemas,
    senders: clipperSenders,
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    handlers: {
      ping: () => 'pong',
      collect: ({ parts }) => collect(win, parts),
      pickRegion: () => pickRegion(ctx),
      locateImage: ({ srcUrl }) => locateImage(win, srcUrl),
      measurePage: () => {
        origin.x = win.scrollX;
        origin.y = win.scrollY;
        return measurePage(win);
      },
      scrollTo: ({ y }) => scrollToY(win, y),
      // Called before every tile: headers that only turn fixed after some
      // scrolling are caught too. restorePage undoes all of it.
      hideFixed: () => {
        hideFixedAndSticky(win);
      },
      restorePage: () => restorePage(win, origin),
    },
  });
  const stopWatching = restoreWhenCaptureEnds(browser, win);
  // An extension update or reload invalidates this script: leave no listeners behind, and put
  // back a page a capture had changed (the worker that would have is gone with the old version).
  ctx.onInvalidated(() => {
    remove();
    stopWatching();
    restorePageIfAltered(win);
  });
}

/** The longest an article clip waits for its images. */
export const ARTICLE_IMAGES_DEADLINE_MS = 5000;

async function collect(win: Window, parts: PagePart[]): Promise<CollectedPage> {
  const doc = win.document;
  const url = win.location.href;
  const fetchFromPage = win.fetch.bind(win);
  const metadata = readPageMetadata(doc, url);
  const result: CollectedPage = { metadata };
  if (parts.includes('favicon'))
    result.faviconDataUrl = await fetchFaviconDataUrl(metadata.faviconUrl, {
      fetch: fetchFromPage,
    });
  if (parts.includes('selection')) result.selection = readSelection(win, url);
  if (parts.includes('article')) {
    const article = extractArticle(doc, url);
    // Images are worth a short wait, not a long one: whatever hasn't arrived
    // by the deadline stays a remote link (on a slow school network too).
    const deadline = AbortSignal.timeout(ARTICLE_IMAGES_DEADLINE_MS);
    const fetchBeforeDeadline: typeof fetch = (input, init) =>
      fetchFromPage(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
      });
    result.article = article && {
      ...article,
      html: await inlineArticleImages(article.html, {
        fetch: fetchBeforeDeadline,
        parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
      }),
    };
  }
  if (parts.includes('singleFileHtml'))
    result.singleFileHtml = await buildSingleFileHtml(doc, { fetch: fetchFromPage });
  return result;
}
