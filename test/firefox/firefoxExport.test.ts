import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage } from '../../bench/bundleForPage';
import { DATABASE_NAME } from '../../lib/db/schema';
import type { SeedInput, SeedResult } from '../e2e/seed/seedEntry';
import { DashboardPage } from './DashboardPage';
import {
  launchFirefoxWithExtension,
  startNavigation,
  type FirefoxWithExtension,
} from './launchFirefoxWithExtension';

const run = promisify(execFile);

// The unpacked build that `npm run build` (wxt build -b firefox) writes.
const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
const SEED_ENTRY = fileURLToPath(new URL('../e2e/seed/seedEntry.ts', import.meta.url));

const GOAL = 'Understand volcanoes';
const ARTICLE = 'Volcano article';
const LINK = 'Lava lamp video';
const REFLECTION = 'What I learned about lava';

/**
 * Prefs that make Firefox save every download straight into `dir`, with no
 * "where to save?" or "what to do with this file?" prompt: nobody can answer one.
 */
function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    // Keeps the downloads panel from opening over the page and taking focus.
    'browser.download.alwaysOpenPanel': false,
  };
}

/**
 * The finished .zip in `dir`. Firefox writes into a ".part" file next to it and
 * renames it at the end, so a .zip with no .part beside it is complete.
 */
async function waitForFinishedZip(dir: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(dir);
    const zip = names.find((name) => name.endsWith('.zip'));
    if (zip && !names.some((name) => name.endsWith('.part'))) {
      const file = join(dir, zip);
      if ((await stat(file)).size > 0) return file;
    }
    if (Date.now() > deadline)
      throw new Error(`No finished .zip in ${dir} after ${timeoutMs} ms; found ${names}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Writes evidence and a reflection through the app's own data layer, in the dashboard page. */
async function seedThroughDataLayer(page: Page, input: SeedInput): Promise<SeedResult> {
  await page.evaluate(await bundleForPage(SEED_ENTRY));
  return page.evaluate(
    (seedInput) =>
      (
        window as unknown as { __plpSeed: { seed(i: SeedInput): Promise<SeedResult> } }
      ).__plpSeed.seed(seedInput),
    input,
  );
}

/** The id of the stored goal with this title, read with raw IndexedDB. */
async function storedGoalId(page: Page, title: string): Promise<string> {
  return page.evaluate(
    (name, wanted) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('goals').objectStore('goals').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            const goal = (read.result as { id: string; title: string }[]).find(
              (g) => g.title === wanted,
            );
            if (goal) resolve(goal.id);
            else reject(new Error(`No stored goal "${wanted}"`));
          };
        };
      }),
    DATABASE_NAME,
    title,
  );
}

interface ExportedManifest {
  format: string;
  goals: { id: string; title: string }[];
  evidence: { id: string; title: string }[];
  reflections: { id: string; title: string; goalIds: string[] }[];
  media: { ownerId: string; path: string; mimeType: string; size: number }[];
}

/**
 * Export to ZIP in real firefox-esr: the dashboard writes the bundle and saves
 * it with a plain <a download> click (no "downloads" permission), which lands
 * in the profile's download folder. The ZIP itself is then read with unzip.
 */
describe('Firefox: exporting the portfolio as a ZIP download', () => {
  let firefox: FirefoxWithExtension | undefined;
  let downloadDir: string | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    downloadDir = await mkdtemp(join(tmpdir(), 'plp-firefox-export-'));
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD, {
      prefs: downloadPrefs(downloadDir),
    });
    page = await firefox.browser.newPage();
    // An uncaught error in the page fails the test even if the ZIP looks right.
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await firefox?.close().catch(() => undefined);
    if (downloadDir) await rm(downloadDir, { recursive: true, force: true });
  });

  it('downloads a ZIP whose manifest lists the goal, evidence and reflection', async () => {
    const dashboard = new DashboardPage(page, firefox!.extensionUrl('dashboard.html'));
    await dashboard.open();
    await dashboard.createGoal({
      title: GOAL,
      skillName: 'Self-direction',
      openWith: 'Write my first goal',
    });
    await dashboard.waitForGoalCard(GOAL);
    const goalId = await storedGoalId(page, GOAL);
    const seeded = await seedThroughDataLayer(page, {
      evidence: [
        {
          title: ARTICLE,
          kind: 'article',
          url: 'https://example.org/volcano',
          savedCopyHtml: '<h1>Volcanoes</h1><p>Magma rises.</p>',
        },
        { title: LINK, url: 'https://example.org/lava-lamp' },
      ],
      // The seed maps unknown goal titles through as ids: this links the UI's goal.
      reflections: [{ title: REFLECTION, note: 'It is very hot.', goals: [goalId] }],
    });

    startNavigation(page, firefox!.extensionUrl('dashboard.html#/export'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="export-summary"]')
          ?.textContent?.startsWith('Included:') === true,
      { polling: 100 },
    );
    const summary = await page.$eval('[data-testid="export-summary"]', (el) => el.textContent);
    expect(summary).toContain('2 evidence items, 1 reflection and 1 goal');

    const button = await page.waitForSelector('::-p-xpath(//button[text()="Download ZIP"])');
    await button!.click();
    const outcome = await page.waitForFunction(
      () => document.querySelector('[data-testid="export-outcome"]')?.textContent ?? false,
      { polling: 100 },
    );
    expect(await outcome.jsonValue()).toMatch(/^Saved “PLP portfolio \d{4}-\d{2}-\d{2}\.zip”/);

    const zip = await waitForFinishedZip(downloadDir!, 30_000);
    expect(zip).toMatch(/PLP portfolio \d{4}-\d{2}-\d{2}\.zip$/);
    // unzip -t checks every entry's CRC: a real, complete archive.
    await run('unzip', ['-tq', zip]);
    const { stdout } = await run('unzip', ['-p', zip, 'manifest.json'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const manifest = JSON.parse(stdout) as ExportedManifest;
    expect(manifest.format).toBe('plp-companion-bundle');
    expect(manifest.goals.map((goal) => goal.title)).toEqual([GOAL]);
    expect(manifest.evidence.map((item) => item.title).sort()).toEqual([LINK, ARTICLE].sort());
    expect(manifest.evidence.map((item) => item.id).sort()).toEqual([...seeded.evidenceIds].sort());
    expect(manifest.reflections).toEqual([
      expect.objectContaining({ title: REFLECTION, goalIds: [goalId] }),
    ]);

    // The article's saved copy is in the ZIP, byte for byte the size the manifest says.
    const articleId = seeded.evidenceIds[0]!;
    const savedCopy = manifest.media.find((media) => media.ownerId === articleId);
    expect(savedCopy?.mimeType).toBe('text/html');
    const { stdout: listing } = await run('unzip', ['-Z1', zip]);
    expect(listing.split('\n')).toContain(savedCopy!.path);
    const { stdout: html } = await run('unzip', ['-p', zip, savedCopy!.path]);
    expect(html).toContain('Magma rises.');
    expect(Buffer.byteLength(html)).toBe(savedCopy!.size);
    expect(pageErrors).toEqual([]);
  });
});
