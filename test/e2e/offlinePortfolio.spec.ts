import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// First: buildPortfolioHtml words the page with i18n.t, which needs browser.i18n in Node.
import './englishMessagesInNode';
import { buildPortfolioHtml, PORTFOLIO_PATH } from '../../lib/export/bundle/buildPortfolioHtml';
import { CHROMIUM_PATH } from './launchExtension';
import { portfolioManifest } from '../unit/export/portfolioManifestFixture';

/**
 * The offline portfolio page as a student or teacher meets it: the bundle
 * unzipped into a folder and index.html opened from file:// in a plain
 * browser, with no extension. File names hold spaces, #, ?, % and non-Latin
 * letters, so every relative link must be encoded to resolve.
 */

// A real 1x1 PNG, so the browser has something to decode.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const manifest = portfolioManifest();
let bundleDir = '';
let browser: Browser;

test.beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(tmpdir(), 'plp-portfolio-'));
  for (const media of manifest.media) {
    const file = path.join(bundleDir, ...media.path.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    const data = media.mimeType.startsWith('image/')
      ? PNG
      : media.mimeType === 'text/html'
        ? '<!DOCTYPE html><title>Saved copy</title><p>Lava is hot</p>'
        : Buffer.alloc(64);
    writeFileSync(file, data);
  }
  writeFileSync(
    path.join(bundleDir, PORTFOLIO_PATH),
    buildPortfolioHtml(manifest, { generatedAt: manifest.exportedAt, timeZone: 'UTC' }),
  );
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
});

test.afterAll(async () => {
  await browser?.close();
  rmSync(bundleDir, { recursive: true, force: true });
});

/** Opens index.html and records every request, to prove none leaves file://. */
async function openPortfolio(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(path.join(bundleDir, PORTFOLIO_PATH)).href);
  return { page, requests };
}

async function expectImageLoaded(page: Page, index: number, selector: string) {
  const img = page.locator(selector).nth(index);
  await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
    .toBeGreaterThan(0);
}

test('shows every goal and item, loads every image from the bundle, and never leaves file://', async () => {
  const { page, requests } = await openPortfolio();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Personalized Learning Plan');
  await expect(page.locator('header')).toContainText('March 12, 2026');
  for (const goal of manifest.goals) {
    await expect(page.getByRole('heading', { level: 2, name: goal.title })).toBeVisible();
  }
  for (const item of [...manifest.evidence, ...manifest.reflections]) {
    await expect(page.locator('article h4', { hasText: item.title }).first()).toBeVisible();
  }
  await expect(page.locator('#other-evidence')).toContainText('A link with no goal');
  await expect(page.getByRole('table')).toContainText('Clear and effective communication');

  const images = 'img:not(.print-only)';
  const count = await page.locator(images).count();
  expect(count).toBe(2);
  for (let i = 0; i < count; i += 1) await expectImageLoaded(page, i, images);
  const video = page.locator('video');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toBeVisible();
  await expect(page.locator('img.print-only')).toBeHidden();

  expect(requests.length).toBeGreaterThan(count);
  for (const url of requests) expect(url).toMatch(/^file:\/\//);
  await page.close();
});

test('encoded links open the saved copy inside the bundle', async () => {
  const { page, requests } = await openPortfolio();
  await page.getByRole('link', { name: 'Open the saved copy' }).first().click();
  await expect(page.locator('p')).toHaveText('Lava is hot');
  expect(decodeURIComponent(page.url())).toContain('Write #1? 100% better/2026-03-04 Article');
  for (const url of requests) expect(url).toMatch(/^file:\/\//);
  await page.close();
});

test('prints without video controls: the poster stands in and outside links show their address', async () => {
  const { page } = await openPortfolio();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('video')).toBeHidden();
  const poster = 'img.print-only';
  await expect(page.locator(poster)).toBeVisible();
  await expectImageLoaded(page, 0, poster);
  const after = await page
    .locator('a.external')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('https://example.org/');
  await page.close();
});
