import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { ExtensionSession } from './launchExtension';
import { reportFault, faultReportFrom } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { EvidenceDetailPage } from './pages/EvidenceDetailPage';
import { ExportPage } from './pages/ExportPage';
import { LibraryPage } from './pages/LibraryPage';
import { seedThroughDataLayer } from './seedThroughDataLayer';

let workDir: string;
test.beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'plp-damaged-e2e-'));
});
test.afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** The files Chromium keeps the extension's IndexedDB blobs in, one per blob, in the profile. */
function blobFiles(extension: ExtensionSession): string[] {
  const root = path.join(
    extension.profileDir,
    'Default',
    'IndexedDB',
    `chrome-extension_${extension.extensionId}_0.indexeddb.blob`,
  );
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : [file];
    });
  return walk(root);
}

/*
 * A stored file goes bad on disk (a failing SD card, a crash mid-write, a cleaner app): its
 * bytes can no longer be read, though its record is fine. The item must show as damaged, and
 * everything else must go on working, export included.
 */
test('a damaged stored file: its item says so, the rest opens, and the export leaves just that file out @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  const { page } = dashboard;
  const unhandled = await watchUnhandledErrors(extension.context);
  const damaged = await seedThroughDataLayer(page, {
    goals: [{ title: 'Understand volcanoes' }],
    evidence: [
      {
        title: 'Volcano article',
        goals: ['Understand volcanoes'],
        kind: 'article',
        url: 'https://example.org/volcano',
        savedCopyHtml: '<h1>Volcanoes</h1><p>Magma rises through the crust.</p>',
      },
    ],
  });
  // The only blob so far is the article's saved copy.
  const [damagedFile] = blobFiles(extension);
  expect(blobFiles(extension)).toHaveLength(1);
  const healthy = await seedThroughDataLayer(page, {
    evidence: [
      {
        title: 'Lava article',
        kind: 'article',
        url: 'https://example.org/lava',
        savedCopyHtml: '<h1>Lava</h1><p>Lava cools into basalt.</p>',
      },
    ],
  });
  const intact = await snapshotExtensionData(page);
  // The fault: the file's bytes are overwritten with something of another length.
  writeFileSync(damagedFile!, 'not what was stored');
  const before = await snapshotExtensionData(page);
  expect(Object.values(before.media).map((m) => m.sha256)).toContainEqual(
    expect.stringMatching(/^unreadable:/),
  );

  // The library lists both; the damaged one explains itself, the other opens.
  await dashboard.open('#/evidence');
  await new LibraryPage(page).expectCount(2);
  const detail = new EvidenceDetailPage(dashboard);
  await detail.open(damaged.evidenceIds[0]!);
  await expect(detail.heading('Volcano article')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('may be damaged');
  await detail.open(healthy.evidenceIds[0]!);
  await expect(detail.heading('Lava article')).toBeVisible();
  await expect(page.frameLocator('iframe').getByText('Lava cools into basalt.')).toBeVisible();

  // Export everything: a bundle without that one file, and the page says which.
  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  const download = await exportPage.download();
  const zipPath = path.join(workDir, 'bundle.zip');
  await download.saveAs(zipPath);
  await expect(exportPage.downloadOutcome).toContainText('couldn’t be read');
  await expect(exportPage.downloadOutcome).toContainText('Volcano article');
  const messageShown = await exportPage.downloadOutcome.innerText();
  expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toContain(
    'No errors detected',
  );
  const manifest = JSON.parse(
    execFileSync('unzip', ['-p', zipPath, 'manifest.json'], { encoding: 'utf8' }),
  ) as { evidence: { title: string }[]; media: { ownerId: string }[] };
  expect(manifest.evidence.map((e) => e.title).sort()).toEqual(['Lava article', 'Volcano article']);
  expect(manifest.media.map((m) => m.ownerId)).toEqual([healthy.evidenceIds[0]]);

  const after = await snapshotExtensionData(page);
  await reportFault(
    testInfo,
    faultReportFrom('a stored file damaged on disk, then opened and exported', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: `media changed or missing besides the damaged file (${lostMediaBytes(intact, before)} bytes damaged)`,
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(after.records).toEqual(before.records);
  expect(unhandled).toEqual([]);
});
