import { beforeEach, describe, expect, it } from 'vitest';
import { clipLinkOnly, clipTab, type ClipDeps } from '@/lib/clip/clipTab';
import { ClipError } from '@/lib/clip/clipErrors';
import type { ClipTools } from '@/lib/clip/clipTools';
import type { CollectedPage } from '@/lib/messaging/clipper';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

const png = (label: string) => new Blob([label], { type: 'image/png' });
const webp = (label: string) => new Blob([label], { type: 'image/webp' });

const page: CollectedPage = {
  metadata: {
    url: 'https://example.org/rivers',
    canonicalUrl: 'https://example.org/rivers',
    title: 'How rivers shape valleys',
    siteName: 'Example',
    byline: 'A. Author',
    publishedTime: '2024-03-01T10:00:00.000Z',
    description: 'Erosion explained',
    lang: 'en',
    dir: 'ltr',
    faviconUrl: 'https://example.org/favicon.ico',
    ogImageUrl: null,
  },
  faviconDataUrl: 'data:image/png;base64,AAAA',
  selection: {
    text: 'Rivers carve valleys',
    html: '<p>Rivers carve valleys</p>',
    textFragmentUrl: 'https://example.org/rivers#:~:text=Rivers%20carve%20valleys',
  },
  article: null,
};

function fakeTools(): ClipTools {
  return {
    captureVisible: async () => png('visible'),
    encode: async (blob) => ({
      blob: webp(`encoded ${await blob.text()}`),
      width: 1200,
      height: 800,
    }),
    crop: async (_blob, rect) => ({
      blob: webp('cropped'),
      width: rect.width * rect.devicePixelRatio,
      height: rect.height * rect.devicePixelRatio,
    }),
    thumbnail: async () => webp('thumb'),
    fullPage: async () => [
      { blob: webp('top'), width: 1200, height: 16000 },
      { blob: webp('bottom'), width: 1200, height: 4000 },
    ],
    saveMhtml: async () => new Blob(['MIME-Version: 1.0'], { type: 'multipart/related' }),
    fetchImage: async () => null,
  };
}

let db: PlpDatabase;
let deps: ClipDeps;
let injected: string[];
beforeEach(() => {
  db = freshDb();
  injected = [];
  deps = {
    db,
    getTab: async (tabId) => ({
      id: tabId,
      windowId: 1,
      url: 'https://example.org/rivers',
      title: 'Rivers',
    }),
    fileAccessAllowed: async () => false,
    injectClipper: async (_tabId, url) => {
      injected.push(url);
    },
    collect: async () => page,
    page: {
      pickRegion: async () => ({ x: 10, y: 20, width: 300, height: 200, devicePixelRatio: 2 }),
      locateImage: async () => null,
    },
    tools: fakeTools(),
    ...testDeps(),
  };
});

const request = (kind: string, extra = {}) => ({
  tabId: 7,
  kind: kind as never,
  source: 'popup' as const,
  goalIds: ['g1'],
  skillIds: ['vt-communication'],
  ...extra,
});

describe('clipTab', () => {
  it('stores a visible screenshot with its page context, thumbnail and hash', async () => {
    const record = await clipTab(deps, request('visible'));
    expect(record).toMatchObject({
      kind: 'visible',
      title: 'How rivers shape valleys',
      pageTitle: 'How rivers shape valleys',
      byline: 'A. Author',
      siteName: 'Example',
      faviconDataUrl: 'data:image/png;base64,AAAA',
      goalIds: ['g1'],
      width: 1200,
      height: 800,
    });
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const main = await db.media.get(record.mediaId!);
    expect(main?.mimeType).toBe('image/webp');
    expect(await main?.blob.text()).toBe('encoded visible');
    expect(await db.media.get(record.thumbnailMediaId!)).toMatchObject({ ownerId: record.id });
    expect(record.searchWords).toEqual(expect.arrayContaining(['rivers', 'valleys']));
  });

  it('crops a region at the device pixel ratio, and stores nothing when cancelled', async () => {
    const record = await clipTab(deps, request('region'));
    expect(record).toMatchObject({ width: 600, height: 400 });
    deps.page.pickRegion = async () => null;
    await expect(clipTab(deps, request('region'))).rejects.toMatchObject({ reason: 'cancelled' });
    expect(await db.evidence.count()).toBe(1);
  });

  it('keeps every part of a very tall full-page screenshot', async () => {
    const record = await clipTab(deps, request('fullpage'));
    expect(record.height).toBe(20000);
    expect(await db.media.where('ownerId').equals(record.id).count()).toBe(3);
    // The parts keep their order: the top is mediaId, then partMediaIds downwards.
    expect(await (await db.media.get(record.mediaId!))?.blob.text()).toBe('top');
    expect(record.partMediaIds).toHaveLength(1);
    expect(await (await db.media.get(record.partMediaIds[0]!))?.blob.text()).toBe('bottom');
  });

  it('stores a selection with its text-fragment link', async () => {
    const record = await clipTab(deps, request('selection'));
    expect(record).toMatchObject({
      text: 'Rivers carve valleys',
      textFragmentUrl: expect.stringContaining('#:~:text='),
    });
    expect((await db.media.get(record.mediaId!))?.mimeType).toBe('text/html');
  });

  it('explains an empty selection and a page with no article', async () => {
    deps.collect = async () => ({ ...page, selection: null, article: null });
    await expect(clipTab(deps, request('selection'))).rejects.toMatchObject({
      reason: 'no-selection',
    });
    await expect(clipTab(deps, request('article'))).rejects.toMatchObject({ reason: 'no-article' });
    expect(await db.evidence.count()).toBe(0);
  });

  it('snapshots through pageCapture where the browser has it, else the page-built HTML', async () => {
    const mhtml = await clipTab(deps, request('snapshot'));
    expect((await db.media.get(mhtml.mediaId!))?.mimeType).toBe('multipart/related');
    deps.tools = { ...fakeTools(), saveMhtml: null };
    let asked: string[] = [];
    deps.collect = async (_tab, parts) => {
      asked = parts;
      return { ...page, singleFileHtml: '<html><body>copy</body></html>' };
    };
    const single = await clipTab(deps, request('snapshot'));
    expect(asked).toContain('singleFileHtml');
    expect((await db.media.get(single.mediaId!))?.mimeType).toBe('text/html');
  });

  it('refuses restricted pages before injecting anything', async () => {
    deps.getTab = async () => ({
      id: 7,
      windowId: 1,
      url: 'https://chromewebstore.google.com/detail/x',
    });
    const error = await clipTab(deps, request('visible')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClipError);
    expect(error).toMatchObject({ reason: 'web-store', linkOnly: true });
    expect(injected).toEqual([]);
  });

  it('saves a link-only clip for such a page', async () => {
    deps.getTab = async () => ({
      id: 7,
      windowId: 1,
      url: 'https://chromewebstore.google.com/detail/x',
      title: 'An extension',
    });
    const record = await clipLinkOnly(deps, request('link'));
    expect(record).toMatchObject({
      kind: 'link',
      url: 'https://chromewebstore.google.com/detail/x',
      title: 'An extension',
      mediaId: null,
    });
  });

  it('reports a full disk as such, and stores nothing', async () => {
    const add = db.evidence.add.bind(db.evidence);
    db.evidence.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(clipTab(deps, request('visible'))).rejects.toMatchObject({
      reason: 'storage-full',
    });
    db.evidence.add = add;
    expect(await db.media.count()).toBe(0);
  });
});
