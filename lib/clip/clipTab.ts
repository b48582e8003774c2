import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';
import type { CollectedPage, PagePart } from '../messaging/clipper';
import { assertClippable, linkOnlyUrl } from './clipAvailability';
import { isWebUrl } from '../urls/webUrl';
import { ClipError } from './clipErrors';
import type { ClipRequest } from './clipRequest';
import type { ClipTools } from './clipTools';
import { clipContent, type ClipContent } from './clipContent';
import { saveClip } from './saveClip';
import { sha256Hex } from './sha256Hex';
import { describeStorageError } from '../db/describeStorageError';
import type { ManagedPolicy } from '../settings/managedPolicy';
import { isClipBlocked } from '../settings/isClipBlocked';

export interface TabInfo {
  id?: number;
  windowId?: number;
  url?: string;
  title?: string;
  favIconUrl?: string;
}

export interface ClipDeps {
  db: PlpDatabase;
  getTab(tabId: number): Promise<TabInfo>;
  fileAccessAllowed(): Promise<boolean>;
  /** Makes sure the clipper content script runs in the tab (throws ClipError when it can't). */
  injectClipper(tabId: number, url: string): Promise<void>;
  collect(tabId: number, parts: PagePart[]): Promise<CollectedPage>;
  page: ClipPage;
  tools: ClipTools;
  now: () => number;
  newId: () => string;
  /** The school's policy (blocked domains). Optional: without it nothing is blocked. */
  schoolPolicy?: () => Promise<Pick<ManagedPolicy, 'blockedClipDomains'>>;
}

/** The page-side steps some kinds need, sent to the clipper content script. */
export interface ClipPage {
  pickRegion(tabId: number): Promise<import('../capture/captureTypes').ViewportRect | null>;
  locateImage(
    tabId: number,
    srcUrl: string,
  ): Promise<import('../capture/captureTypes').ViewportRect | null>;
}

const PARTS: Record<ClipRequest['kind'], PagePart[]> = {
  visible: ['metadata', 'favicon'],
  fullpage: ['metadata', 'favicon'],
  region: ['metadata', 'favicon'],
  selection: ['metadata', 'favicon', 'selection'],
  image: ['metadata', 'favicon'],
  link: ['metadata', 'favicon'],
  article: ['metadata', 'favicon', 'article'],
  snapshot: ['metadata', 'favicon'],
};

/**
 * Clips one tab: checks it can be clipped, collects the page's context from
 * the clipper, captures the content for the kind, and stores it all at once.
 */
export async function clipTab(deps: ClipDeps, request: ClipRequest): Promise<EvidenceRecord> {
  const tab = await openTab(deps, request.tabId);
  const url = assertClippable(tab.url, await deps.fileAccessAllowed());
  // Before anything is injected: a blocked site's page is never read.
  await assertAllowedBySchool(deps, url);
  await deps.injectClipper(request.tabId, url);
  const parts = [...PARTS[request.kind]];
  if (request.kind === 'snapshot' && !deps.tools.saveMhtml) parts.push('singleFileHtml');
  const page = await deps.collect(request.tabId, parts);
  const content = await clipContent(deps, request, tab, page);
  return store(deps, request, page, content);
}

/** Refuses a page on a domain the school blocked, naming the domain for the student. */
async function assertAllowedBySchool(
  deps: Pick<ClipDeps, 'schoolPolicy'>,
  ...urls: (string | undefined)[]
): Promise<void> {
  if (!deps.schoolPolicy) return;
  const policy = await deps.schoolPolicy();
  for (const url of urls) {
    const domain = isClipBlocked(url, policy);
    if (domain) throw new ClipError('blocked-by-school', false, domain, domain);
  }
}

/** The tab to clip; a tab that is gone is the student's closed tab, not a bug. */
function openTab(deps: Pick<ClipDeps, 'getTab'>, tabId: number): Promise<TabInfo> {
  return deps.getTab(tabId).catch(() => {
    throw new ClipError('tab-closed');
  });
}

/** A link-only clip, for pages the extension may not read (web stores, view-source:). */
export async function clipLinkOnly(
  deps: Pick<ClipDeps, 'db' | 'getTab' | 'now' | 'newId' | 'schoolPolicy'>,
  request: ClipRequest,
) {
  const tab = await openTab(deps, request.tabId);
  const url = linkOnlyUrl(request.linkUrl ?? tab.url ?? '');
  if (!isWebUrl(url)) throw new ClipError('browser-page');
  // Even a bookmark of a blocked site is refused, and so is a link on another page to one.
  await assertAllowedBySchool(deps, url, tab.url && linkOnlyUrl(tab.url));
  const title = request.linkText?.trim() || tab.title || url;
  const page: CollectedPage = {
    metadata: {
      url,
      canonicalUrl: null,
      title,
      siteName: null,
      byline: null,
      publishedTime: null,
      description: null,
      lang: null,
      dir: null,
      faviconUrl: tab.favIconUrl ?? null,
      ogImageUrl: null,
    },
  };
  return store(deps, { ...request, kind: 'link' }, page, {
    main: null,
    extra: [],
    thumbnail: null,
    text: '',
    excerpt: null,
    textFragmentUrl: null,
    width: null,
    height: null,
    url,
    title,
  });
}

async function store(
  deps: Pick<ClipDeps, 'db' | 'now' | 'newId'>,
  request: ClipRequest,
  page: CollectedPage,
  content: ClipContent,
): Promise<EvidenceRecord> {
  const override = Object.fromEntries(
    Object.entries(content.metadataOverride ?? {}).filter(
      ([, value]) => value !== null && value !== undefined,
    ),
  );
  const metadata = { ...page.metadata, ...override };
  const hashed = content.main?.blob ?? (content.text || content.url);
  try {
    return await saveClip(
      deps.db,
      {
        kind: request.kind,
        source: request.source,
        title: content.title,
        note: '',
        url: content.url,
        capturedAt: deps.now(),
        goalIds: request.goalIds,
        skillIds: request.skillIds,
        contentHash: await sha256Hex(hashed),
        canonicalUrl: metadata.canonicalUrl,
        pageTitle: metadata.title,
        siteName: metadata.siteName,
        byline: metadata.byline,
        publishedTime: metadata.publishedTime,
        description: metadata.description,
        lang: metadata.lang,
        dir: metadata.dir,
        faviconUrl: metadata.faviconUrl,
        faviconDataUrl: page.faviconDataUrl ?? null,
        ogImageUrl: metadata.ogImageUrl,
        text: content.text,
        excerpt: content.excerpt,
        textFragmentUrl: content.textFragmentUrl,
        width: content.width,
        height: content.height,
        main: content.main,
        extra: content.extra,
        thumbnail: content.thumbnail,
      },
      deps,
    );
  } catch (error) {
    const problem = describeStorageError(error);
    throw new ClipError(
      problem.kind === 'full' ? 'storage-full' : 'storage-failed',
      false,
      problem.detail,
    );
  }
}
