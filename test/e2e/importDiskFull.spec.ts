import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { reportFault, faultReportFrom } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { installStorageFaults } from './injectStorageFaults';
import { launchExtension, newProfileDir, removeProfileDir } from './launchExtension';
import { seedThroughDataLayer } from './seedThroughDataLayer';
import { DashboardPage } from './pages/DashboardPage';
import { ExportPage } from './pages/ExportPage';
import { LibraryPage } from './pages/LibraryPage';

let workDir: string;
test.beforeEach(async ({ extension }) => {
  workDir = mkdtempSync(path.join(tmpdir(), 'plp-import-full-e2e-'));
  await installStorageFaults(extension.context);
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * Makes the bundle the way a student moving computers would: on a second
 * browser profile of its own (its own extension database), so every item in
 * it is new to the profile that restores it and the import has to write.
 */
async function bundleFromAnotherProfile(): Promise<string> {
  const profileDir = newProfileDir();
  const other = await launchExtension(profileDir);
  try {
    const dashboard = new DashboardPage(await other.context.newPage(), other);
    await dashboard.open();
    await seedThroughDataLayer(dashboard.page, {
      goals: [{ title: 'Build a robot' }],
      evidence: [
        {
          title: 'Servo wiring guide',
          goals: ['Build a robot'],
          kind: 'article',
          url: 'https://example.org/servo',
          savedCopyHtml: '<h1>Servos</h1><p>Red is power.</p>',
        },
        { title: 'Robot parts list', note: 'Two servos, one board.' },
      ],
    });
    await dashboard.open('#/export');
    const download = await new ExportPage(dashboard.page).download();
    const zipPath = path.join(workDir, download.suggestedFilename());
    await download.saveAs(zipPath);
    return zipPath;
  } finally {
    await other.close();
    removeProfileDir(profileDir);
  }
}

test('a full disk during a bundle restore shows a clear message and changes nothing stored @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  const { page } = dashboard;
  const zipPath = await bundleFromAnotherProfile();
  const unhandled = await watchUnhandledErrors(extension.context);
  // What this profile already holds: a goal and a clip with its saved copy (a media blob).
  await seedThroughDataLayer(page, {
    goals: [{ title: 'Learn guitar' }],
    evidence: [
      {
        title: 'Chord chart',
        goals: ['Learn guitar'],
        kind: 'article',
        url: 'https://example.org/chords',
        savedCopyHtml: '<h1>Chords</h1><p>G, C, D.</p>',
      },
    ],
  });
  await dashboard.open('#/export'); // a new load: the fault wrapper is installed from here on
  const exportPage = new ExportPage(page);
  const before = await snapshotExtensionData(page);
  expect(before.counts).toEqual({ goals: 1, evidence: 1, reflections: 0, media: 1 });

  await page.evaluate(() => sessionStorage.setItem('plp-fault:failWrites', '1'));
  await exportPage.restore(zipPath);
  const outcome = exportPage.restoreOutcome;
  await expect(outcome).toHaveAttribute('role', 'alert');
  await expect(outcome).toContainText('out of storage space');
  await expect(outcome).toContainText('Nothing was changed');
  await expect(outcome).toContainText('Free some space');
  const messageShown = await outcome.innerText();
  // The app-wide storage banner explains the same fault.
  await expect(page.getByTestId('storage-banner')).toContainText('out of storage space');

  const after = await snapshotExtensionData(page);
  await reportFault(
    testInfo,
    faultReportFrom('disk full during a bundle import', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(after.counts).toEqual(before.counts);
  expect(after.records).toEqual(before.records);
  expect(lostMediaBytes(before, after)).toBe(0);

  // Space is freed: the same file now restores, beside what was already there.
  await page.evaluate(() => sessionStorage.removeItem('plp-fault:failWrites'));
  await page.getByTestId('storage-banner').getByRole('button', { name: 'Dismiss' }).click();
  await exportPage.restore(zipPath);
  await expect(outcome).toHaveAttribute('role', 'status');
  // Built-in skills, which both profiles have, may count as already here.
  await expect(outcome).toHaveText(/^Added 3 items, updated 0, /);
  const restored = await snapshotExtensionData(page);
  expect(restored.counts).toEqual({ goals: 2, evidence: 3, reflections: 0, media: 2 });
  for (const [key, hash] of Object.entries(before.records))
    expect(restored.records[key]).toBe(hash);

  await dashboard.open('#/evidence');
  const library = new LibraryPage(page);
  await library.expectCount(3);
  for (const title of ['Chord chart', 'Servo wiring guide', 'Robot parts list'])
    await expect(library.item(title)).toHaveCount(1);
  expect(dashboard.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});
