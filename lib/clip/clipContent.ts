import type { CollectedPage } from '../messaging/clipper';
import type { PageMetadata } from '../capture/captureTypes';
import { ClipError } from './clipErrors';
import type { ClipRequest } from './clipRequest';
import type { ClipMedia } from './saveClip';
import type { ClipDeps, TabInfo } from './clipTab';
import type { EncodedImage } from './clipTools';

/** What a clip of one kind consists of, before it is stored. */
export interface ClipContent {
  url: string;
  title: string;
  main: ClipMedia | null;
  extra: ClipMedia[];
  thumbnail: ClipMedia | null;
  text: string;
  excerpt: string | null;
  textFragmentUrl: string | null;
  width: number | null;
  height: number | null;
  /** What the article extractor found, which beats the page's meta tags where it found anything. */
  metadataOverride?: Partial<
    Pick<PageMetadata, 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir'>
  >;
}

const image = (encoded: EncodedImage): ClipMedia => ({
  blob: encoded.blob,
  mimeType: encoded.blob.type,
});

export async function clipContent(
  deps: Pick<ClipDeps, 'tools' | 'page'>,
  request: ClipRequest,
  tab: TabInfo,
  page: CollectedPage,
): Promise<ClipContent> {
  const { tools } = deps;
  const windowId = tab.windowId ?? -1;
  const base: ClipContent = {
    url: page.metadata.url || tab.url || '',
    title: page.metadata.title || tab.title || '',
    main: null,
    extra: [],
    thumbnail: null,
    text: '',
    excerpt: page.metadata.description,
    textFragmentUrl: null,
    width: null,
    height: null,
  };
  // A thumbnail of what the student sees, for the library; it never blocks a clip.
  const thumbnailOfView = async (): Promise<ClipMedia | null> => {
    try {
      const thumb = await tools.thumbnail(await tools.captureVisible(windowId));
      return { blob: thumb, mimeType: thumb.type };
    } catch {
      return null;
    }
  };
  const withScreenshot = async (
    encoded: EncodedImage,
    extra: EncodedImage[] = [],
  ): Promise<ClipContent> => {
    const thumb = await tools.thumbnail(encoded.blob);
    return {
      ...base,
      main: image(encoded),
      extra: extra.map(image),
      thumbnail: { blob: thumb, mimeType: thumb.type },
      width: encoded.width,
      height: encoded.height + extra.reduce((sum, e) => sum + e.height, 0),
    };
  };

  switch (request.kind) {
    case 'visible':
      return withScreenshot(await tools.encode(await tools.captureVisible(windowId)));
    case 'region': {
      const rect = await deps.page.pickRegion(request.tabId);
      if (!rect) throw new ClipError('cancelled');
      return withScreenshot(await tools.crop(await tools.captureVisible(windowId), rect));
    }
    case 'fullpage': {
      const [first, ...rest] = await tools.fullPage(request.tabId, windowId);
      if (!first) throw new ClipError('capture-failed', true, 'no image');
      return withScreenshot(first, rest);
    }
    case 'selection': {
      const selection = page.selection;
      if (!selection?.text.trim()) throw new ClipError('no-selection');
      return {
        ...base,
        main: { blob: new Blob([selection.html], { type: 'text/html' }), mimeType: 'text/html' },
        thumbnail: await thumbnailOfView(),
        text: selection.text,
        excerpt: selection.text.slice(0, 300),
        textFragmentUrl: selection.textFragmentUrl,
      };
    }
    case 'image':
      return clipImage(deps, request, windowId, base);
    case 'link':
      return {
        ...base,
        url: request.linkUrl ?? base.url,
        title: request.linkText?.trim() || (request.linkUrl ? request.linkUrl : base.title),
      };
    case 'article': {
      const article = page.article;
      if (!article) throw new ClipError('no-article');
      return {
        ...base,
        title: article.title || base.title,
        main: { blob: new Blob([article.html], { type: 'text/html' }), mimeType: 'text/html' },
        thumbnail: await thumbnailOfView(),
        text: article.text,
        excerpt: article.excerpt ?? base.excerpt,
        metadataOverride: {
          byline: article.byline,
          siteName: article.siteName,
          publishedTime: article.publishedTime,
          lang: article.lang,
          dir: article.dir,
        },
      };
    }
    case 'snapshot': {
      const thumbnail = await thumbnailOfView();
      if (tools.saveMhtml) {
        const mhtml = await tools.saveMhtml(request.tabId);
        return { ...base, thumbnail, main: { blob: mhtml, mimeType: 'multipart/related' } };
      }
      if (!page.singleFileHtml) throw new ClipError('capture-failed', true, 'no snapshot');
      const html = new Blob([page.singleFileHtml], { type: 'text/html' });
      return { ...base, thumbnail, main: { blob: html, mimeType: 'text/html' } };
    }
  }
}

/** The image itself where the extension may fetch it, else its on-screen pixels. */
async function clipImage(
  deps: Pick<ClipDeps, 'tools' | 'page'>,
  request: ClipRequest,
  windowId: number,
  base: ClipContent,
): Promise<ClipContent> {
  const srcUrl = request.srcUrl;
  if (!srcUrl) throw new ClipError('no-image');
  const fetched = await deps.tools.fetchImage(srcUrl);
  if (fetched) {
    const bitmapSize = await imageSize(fetched);
    const thumb = await deps.tools.thumbnail(fetched);
    return {
      ...base,
      main: { blob: fetched, mimeType: fetched.type },
      thumbnail: { blob: thumb, mimeType: thumb.type },
      width: bitmapSize?.width ?? null,
      height: bitmapSize?.height ?? null,
    };
  }
  const rect = await deps.page.locateImage(request.tabId, srcUrl);
  if (!rect) throw new ClipError('no-image');
  const cropped = await deps.tools.crop(await deps.tools.captureVisible(windowId), rect);
  const thumb = await deps.tools.thumbnail(cropped.blob);
  return {
    ...base,
    main: image(cropped),
    thumbnail: { blob: thumb, mimeType: thumb.type },
    width: cropped.width,
    height: cropped.height,
  };
}

async function imageSize(blob: Blob): Promise<{ width: number; height: number } | null> {
  try {
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return null;
  }
}
