/** The clip flow refuses a blocked domain before it reads the page, and names the domain. */
import { describe, expect, it } from 'vitest';
import { clipLinkOnly, clipTab, type ClipDeps } from '@/lib/clip/clipTab';
import { ClipError, toFailureInfo } from '@/lib/clip/clipErrors';
import { freshDb, testDeps } from '../testDb';

function deps(tabUrl: string, blockedClipDomains?: string[]) {
  const injected: string[] = [];
  const value = {
    db: freshDb(),
    getTab: async (id: number) => ({ id, url: tabUrl, title: 'A page' }),
    fileAccessAllowed: async () => false,
    injectClipper: async (_tabId: number, url: string) => {
      injected.push(url);
      throw new ClipError('cannot-inject', false, 'stop here: the test only checks the gate');
    },
    schoolPolicy: async () => ({ blockedClipDomains }),
    ...testDeps(),
  } as unknown as ClipDeps;
  return { deps: value, injected };
}

const request = (extra = {}) => ({
  tabId: 3,
  kind: 'visible' as const,
  source: 'popup' as const,
  goalIds: [],
  skillIds: [],
  ...extra,
});

async function failure(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClipError);
  return toFailureInfo(error as ClipError);
}

describe('clipping a domain the school blocked', () => {
  it('is refused before anything is injected, with the domain named', async () => {
    const { deps: d, injected } = deps('https://www.example.com/a', ['example.com']);
    expect(await failure(clipTab(d, request()))).toMatchObject({
      reason: 'blocked-by-school',
      linkOnly: false,
      site: 'example.com',
    });
    expect(injected).toEqual([]);
  });

  it('refuses a link-only clip of the page, and of a link to a blocked site', async () => {
    const blockedPage = deps('https://example.com/a', ['example.com']);
    expect(await failure(clipLinkOnly(blockedPage.deps, request({ kind: 'link' })))).toMatchObject({
      reason: 'blocked-by-school',
    });
    const linkToBlocked = deps('https://allowed.test/', ['example.com']);
    const linkRequest = request({ kind: 'link', linkUrl: 'https://example.com/x' });
    expect(await failure(clipLinkOnly(linkToBlocked.deps, linkRequest))).toMatchObject({
      site: 'example.com',
    });
  });

  it('lets other sites through to the clipper', async () => {
    const { deps: d, injected } = deps('https://allowed.test/', ['example.com']);
    expect(await failure(clipTab(d, request()))).toMatchObject({ reason: 'cannot-inject' });
    expect(injected).toEqual(['https://allowed.test/']);
  });
});
