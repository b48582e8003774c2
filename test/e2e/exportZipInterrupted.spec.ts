import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import { test, expect } from './fixtures';
import { seedThroughDataLayer, type SeedResult } from './seedThroughDataLayer';
import { ExportPage } from './pages/ExportPage';
import { DashboardPage } from './pages/DashboardPage';
import { faultReportFrom, reportFault } from './faults/faultReport';
import {
  lostMediaBytes,
  snapshotExtensionData,
  type DataSnapshot,
} from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { stopServiceWorker, wakeServiceWorker } from './media/stopServiceWorker';

// The callbacks below run inside the extension (page.evaluate), where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

/*
 * The bundle ZIP is written by the Export page itself (writeBundleToBlob, zip.js on the page's
 * thread), not by the service worker. So a worker the browser stops mid-export must not disturb
 * it, and a closed Export page takes its half-written ZIP with it (the blob only ever lived in
 * that page) while leaving nothing stored behind: no changed record, no "exported" date.
 */

/** Saved copies big enough (and random enough for deflate) that the ZIP takes a few seconds. */
const SAVED_COPIES = 6;
const SAVED_COPY_BYTES = 4 * 1024 * 1024;
const GOAL = 'Understand volcanoes';
/** Where WXT keeps lastExportAt (lib/data/lastExport.ts) in storage.local. */
const LAST_EXPORT_KEY = 'export.lastExportAt';

let workDir: string;
test.beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'plp-zip-interrupted-'));
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** A page of base64 noise: deflate can't shrink it much, so each file costs real work. */
function noisyHtml(bytes: number): string {
  const noise = randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64');
  return `<h1>Field notes</h1><p>${noise.slice(0, bytes)}</p>`;
}

async function seedPortfolio(page: Page): Promise<SeedResult> {
  return seedThroughDataLayer(page, {
    goals: [{ title: GOAL }],
    evidence: [
      ...Array.from({ length: SAVED_COPIES }, (_, i) => ({
        title: `Field notes ${i + 1}`,
        goals: [GOAL],
        kind: 'article' as const,
        url: `https://example.org/field-notes/${i + 1}`,
        savedCopyHtml: noisyHtml(SAVED_COPY_BYTES),
      })),
      { title: 'Lab notes', note: 'Measured the lava model.' },
    ],
    reflections: [{ title: 'What I learned about lava', note: 'It is very hot.', goals: [GOAL] }],
  });
}

/** The bundle's progress bar (components/export/TaskProgress.tsx), shown while the ZIP is written. */
function exportProgress(page: Page) {
  return page
    .getByRole('region', { name: 'Download a bundle' })
    .getByRole('progressbar', { name: 'Export progress' });
}

async function lastExportAt(page: Page): Promise<unknown> {
  return page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], LAST_EXPORT_KEY);
}

/** Clicks Download ZIP and waits until the ZIP is visibly being written (past 0%). */
async function startExportAndWaitUnderWay(exportPage: ExportPage): Promise<void> {
  await exportPage.page.getByRole('button', { name: 'Download ZIP' }).click();
  await expect(exportProgress(exportPage.page)).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/, {
    timeout: 30_000,
  });
}

/**
 * Saves the download, checks the ZIP with `unzip -t` and that its manifest lists every seeded
 * goal, item and reflection, and every stored file by its hash.
 */
async function expectCompleteBundle(
  download: Download,
  seeded: SeedResult,
  stored: DataSnapshot,
): Promise<void> {
  const zipPath = path.join(workDir, `${randomBytes(4).toString('hex')}.zip`);
  await download.saveAs(zipPath);
  expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toContain(
    'No errors detected',
  );
  const manifest = JSON.parse(
    execFileSync('unzip', ['-p', zipPath, 'manifest.json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as Record<'goals' | 'evidence' | 'reflections', { id: string }[]> & {
    media: { sha256: string }[];
  };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
  expect(ids(manifest.goals)).toEqual(Object.values(seeded.goalIds).sort());
  expect(ids(manifest.evidence)).toEqual([...seeded.evidenceIds].sort());
  expect(ids(manifest.reflections)).toEqual([...seeded.reflectionIds].sort());
  expect(manifest.media.map((m) => m.sha256).sort()).toEqual(
    Object.values(stored.media)
      .map((m) => m.sha256)
      .sort(),
  );
  expect(manifest.media).toHaveLength(SAVED_COPIES);
}

test('the service worker stopped mid ZIP export: the download still completes, complete and valid @fault', async ({
  extension,
  dashboard,
}, testInfo) => {
  // Seeding 24 MB and zipping it (twice in the second test) on a loaded 2-core machine.
  test.setTimeout(90_000);
  const unhandled = await watchUnhandledErrors(extension.context);
  const { page } = dashboard;
  const seeded = await seedPortfolio(page);
  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  await expect(exportPage.summary).toContainText('7 evidence items, 1 reflection and 1 goal');
  const before = await snapshotExtensionData(page);
  // Running now, so there is a worker to stop whatever its idle timer did meanwhile.
  await wakeServiceWorker(extension, page);

  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await startExportAndWaitUnderWay(exportPage);
  await stopServiceWorker(extension);
  // The worker went while the ZIP was still being written (the fault this test is about).
  await expect(exportProgress(exportPage.page)).toBeVisible();
  expect(Number(await exportProgress(exportPage.page).getAttribute('aria-valuenow'))).toBeLessThan(
    100,
  );

  const download = await downloaded;
  await expect(exportPage.downloadOutcome).toContainText('Saved “PLP portfolio');
  const messageShown = await exportPage.downloadOutcome.innerText();
  await expectCompleteBundle(download, seeded, before);
  const after = await snapshotExtensionData(page);

  await reportFault(
    testInfo,
    faultReportFrom('service worker stopped mid ZIP export', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing; the ZIP: valid, lists every item and file',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(after).toEqual(before);
  // A complete export of everything is one the un-exported reminder may count.
  expect(await lastExportAt(page)).toEqual(expect.any(Number));
  expect(dashboard.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});

test('the Export page closed mid ZIP export: nothing stored changes and a new export works @fault', async ({
  extension,
  dashboard,
}, testInfo) => {
  // Seeding 24 MB and zipping it (twice in the second test) on a loaded 2-core machine.
  test.setTimeout(90_000);
  const unhandled = await watchUnhandledErrors(extension.context);
  const seeded = await seedPortfolio(dashboard.page);
  await dashboard.open('#/export');
  const closing = new ExportPage(dashboard.page);
  await expect(closing.summary).toContainText('7 evidence items, 1 reflection and 1 goal');
  const before = await snapshotExtensionData(dashboard.page);
  let downloadsFromClosedPage = 0;
  dashboard.page.on('download', () => (downloadsFromClosedPage += 1));

  await startExportAndWaitUnderWay(closing);
  await dashboard.page.close();

  const reopened = new DashboardPage(await extension.context.newPage(), extension);
  await reopened.open('#/export');
  const exportPage = new ExportPage(reopened.page);
  // Nothing stuck "in progress": the page offers a fresh export, and nothing changed.
  await expect(exportPage.summary).toContainText('7 evidence items, 1 reflection and 1 goal');
  await expect(exportProgress(exportPage.page)).toHaveCount(0);
  await expect(exportPage.downloadOutcome).toHaveCount(0);
  const afterClose = await snapshotExtensionData(reopened.page);
  // A ZIP that was never saved must not count as the student's latest export.
  const exportedAtAfterClose = await lastExportAt(reopened.page);

  const download = await exportPage.download();
  await expect(exportPage.downloadOutcome).toContainText('Saved “PLP portfolio');
  const messageShown = await exportPage.downloadOutcome.innerText();
  await expectCompleteBundle(download, seeded, before);

  await reportFault(
    testInfo,
    faultReportFrom('Export page closed mid ZIP export', before, afterClose, {
      lostBytes: lostMediaBytes(before, afterClose),
      lostMeaning: 'media changed or missing after the close; the retried ZIP: valid, complete',
      messageShown: `(on the reopened page, after a new export) ${messageShown}`,
      unhandledErrors: unhandled,
    }),
  );
  expect(afterClose).toEqual(before);
  expect(exportedAtAfterClose).toBeUndefined();
  expect(downloadsFromClosedPage).toBe(0);
  expect(await snapshotExtensionData(reopened.page)).toEqual(before);
  expect(reopened.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});
