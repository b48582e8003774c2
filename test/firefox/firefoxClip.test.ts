import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/fixtureServer';
import { FirefoxClipDriver } from './FirefoxClipDriver';
import {
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './launchFirefoxWithExtension';

// The unpacked build that `npm run build` (wxt build -b firefox) writes.
const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

const PAGE = '/pages/wikipedia/source.html';
const PAGE_TITLE = 'Mozilla - Wikipedia';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The full clip pipeline in real firefox-esr: the toolbar click grants
 * activeTab (the manifest has no host permissions), the product's `clip`
 * message injects the clipper, captures and stores, and the stored records are
 * read back from the extension's IndexedDB. Firefox has no pageCapture, so the
 * snapshot here is the clipper's single-file HTML, not MHTML.
 */
describe('Firefox: clipping a served page through the real clip message', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension | undefined;
  let driver: FirefoxClipDriver;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
    driver = await FirefoxClipDriver.create(firefox);
    driver.control.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** A fresh tab on the fixture page, clicked on as the student would. */
  async function openAndClick(): Promise<{ page: Page; tabId: number }> {
    const page = await driver.openPage(server.url(PAGE));
    const tabId = await driver.clickToolbarButton(page);
    return { page, tabId };
  }

  it('without the toolbar click, the clipper cannot be injected and nothing is stored', async () => {
    // Proves the grant below is what makes clipping work, not some host access.
    const page = await driver.openPage(server.url(PAGE));
    const tabId = await driver.selectedTabId();
    const before = await driver.countEvidence();
    const result = await driver.clip(tabId, 'visible');
    expect(result).toMatchObject({ ok: false, failure: { reason: 'cannot-inject' } });
    expect(await driver.countEvidence()).toBe(before);
    await page.close();
  });

  it('a selection keeps its text and a text-fragment link back to the passage', async () => {
    const { page, tabId } = await openAndClick();
    // A paragraph far down the article, as in the Chromium test.
    const selected = await page.evaluate(() => {
      const paragraph = document.querySelectorAll('#mw-content-text p')[12]!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return paragraph.textContent ?? '';
    });
    expect(squash(selected).length).toBeGreaterThan(40);

    const result = await driver.clip(tabId, 'selection');
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const stored = await driver.readClip(result.evidenceId);
    expect(stored.evidence.kind).toBe('selection');
    expect(stored.evidence.title).toBe(PAGE_TITLE);
    expect(stored.evidence.url).toBe(server.url(PAGE));
    expect(squash(String(stored.evidence.text))).toBe(squash(selected));
    expect(String(stored.evidence.textFragmentUrl)).toMatch(
      new RegExp(`^${server.url(PAGE).replace(/[.?]/g, '\\$&')}#:~:text=`),
    );
    await page.close();
  });

  it('a visible screenshot is stored as a decodable image of the viewport', async () => {
    const { page, tabId } = await openAndClick();
    const viewport = await page.evaluate(() => ({
      width: innerWidth,
      height: innerHeight,
      dpr: devicePixelRatio,
    }));

    const result = await driver.clip(tabId, 'visible');
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const stored = await driver.readClip(result.evidenceId);
    expect(stored.evidence.kind).toBe('visible');
    expect(stored.evidence.title).toBe(PAGE_TITLE);
    expect(['image/webp', 'image/jpeg']).toContain(stored.main?.mimeType);
    // captureVisibleTab captures the content area: the viewport in device pixels
    // (give or take a scrollbar), never a blank 0x0 or a whole-window grab.
    const width = stored.main!.width!;
    const height = stored.main!.height!;
    expect(width).toBeGreaterThanOrEqual(Math.floor((viewport.width - 20) * viewport.dpr));
    expect(width).toBeLessThanOrEqual(Math.ceil((viewport.width + 20) * viewport.dpr));
    expect(height).toBeGreaterThanOrEqual(Math.floor((viewport.height - 20) * viewport.dpr));
    expect(height).toBeLessThanOrEqual(Math.ceil((viewport.height + 20) * viewport.dpr));
    expect(stored.thumbnail?.mimeType).toMatch(/^image\//);
    await page.close();
  });

  it('a snapshot is single-file HTML with the page text and no scripts', async () => {
    const { page, tabId } = await openAndClick();
    const firstParagraph = await page.evaluate(
      () => document.querySelector('#mw-content-text p')?.textContent ?? '',
    );
    // The fixture really has scripts, so "no <script>" below means something.
    expect(await page.evaluate(() => document.scripts.length)).toBeGreaterThan(0);

    const result = await driver.clip(tabId, 'snapshot');
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const stored = await driver.readClip(result.evidenceId);
    expect(stored.evidence.kind).toBe('snapshot');
    expect(stored.evidence.title).toBe(PAGE_TITLE);
    expect(stored.main?.mimeType).toBe('text/html');
    expect(squash(stored.main!.bodyText!)).toContain(squash(firstParagraph));
    expect(stored.main!.text).not.toMatch(/<script/i);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
