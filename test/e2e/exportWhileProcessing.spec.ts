import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bundleForPage } from '../../bench/bundleForPage';
import { test, expect } from './fixtures';
import { reportFault, faultReportFrom } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { seedThroughDataLayer } from './seedThroughDataLayer';
import { ExportPage } from './pages/ExportPage';
import type { UnfinishedRecordingInput } from './seed/seedUnfinishedRecording';

const GOAL = 'Understand volcanoes';
const FINISHED_REFLECTION = 'What I learned about lava';
const PROCESSING_REFLECTION = 'My volcano talk';

let workDir: string;
test.beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'plp-export-processing-e2e-'));
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

let seedCode: Promise<string> | undefined;

/** A recorded reflection just stopped, its video not made yet (see seedUnfinishedRecording.ts). */
async function seedProcessingReflection(
  page: Page,
  input: UnfinishedRecordingInput,
): Promise<string> {
  seedCode ??= bundleForPage(path.resolve('test/e2e/seed/seedUnfinishedRecording.ts'));
  await page.evaluate(await seedCode);
  return page.evaluate(
    (seedInput) =>
      (
        window as unknown as {
          __plpSeedUnfinished: {
            seedProcessingReflection(i: UnfinishedRecordingInput): Promise<string>;
          };
        }
      ).__plpSeedUnfinished.seedProcessingReflection(seedInput),
    input,
  );
}

interface ExportedManifest {
  reflections: { id: string; title: string }[];
  evidence: { title: string }[];
  media: { ownerId: string; path: string; mimeType: string }[];
}

test('an export while a recording is still processing leaves it out and says so @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  const { page } = dashboard;
  const seeded = await seedThroughDataLayer(page, {
    goals: [{ title: GOAL }],
    evidence: [
      {
        title: 'Volcano article',
        goals: [GOAL],
        kind: 'article',
        url: 'https://example.org/volcano',
        savedCopyHtml: '<h1>Volcanoes</h1><p>Magma rises.</p>',
      },
    ],
    reflections: [{ title: FINISHED_REFLECTION, note: 'It is very hot.', goals: [GOAL] }],
  });
  const processingId = await seedProcessingReflection(page, {
    title: PROCESSING_REFLECTION,
    goalIds: [seeded.goalIds[GOAL]!],
  });
  const before = await snapshotExtensionData(page);
  expect(before.counts.reflections).toBe(2);

  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  await expect(exportPage.summary).toContainText('1 evidence item, 1 reflection and 1 goal');
  // Said before the student exports, with what they can do about it.
  const notice = page.getByTestId('export-left-out');
  await expect(notice).toHaveText(
    '1 reflection is still being processed and won’t be included. ' +
      'Wait for it to finish, or export now without it.',
  );
  const noticeShown = await notice.innerText();
  // The Seesaw section plans the same items, so it says the same.
  await expect(page.getByTestId('seesaw-left-out')).toHaveText(noticeShown);

  const download = await exportPage.download();
  const zipPath = path.join(workDir, download.suggestedFilename());
  await download.saveAs(zipPath);
  // And said again in the outcome, so the saved file is not mistaken for everything.
  await expect(exportPage.downloadOutcome).toContainText('Saved “PLP portfolio');
  await expect(exportPage.downloadOutcome).toContainText(
    'Left out 1 reflection: 1 still being processed.',
  );
  const outcomeShown = await exportPage.downloadOutcome.innerText();

  const manifest = JSON.parse(
    execFileSync('unzip', ['-p', zipPath, 'manifest.json'], { encoding: 'utf8' }),
  ) as ExportedManifest;
  expect(manifest.evidence.map((item) => item.title)).toEqual(['Volcano article']);
  expect(manifest.reflections.map((item) => item.title)).toEqual([FINISHED_REFLECTION]);
  expect(manifest.reflections.map((item) => item.id)).not.toContain(processingId);
  expect(manifest.media.filter((media) => media.ownerId === processingId)).toEqual([]);
  // Neither a half-made video nor the raw recording chunk went into the ZIP.
  const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n');
  expect(listing.filter((name) => /\.(webm|mp4)$/i.test(name))).toEqual([]);
  expect(listing.filter((name) => name.includes(PROCESSING_REFLECTION))).toEqual([]);

  const after = await snapshotExtensionData(page);
  await reportFault(
    testInfo,
    faultReportFrom('export while a recording is still processing', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing',
      messageShown: `${noticeShown} | ${outcomeShown}`,
      unhandledErrors: unhandled,
    }),
  );
  expect(after.counts).toEqual(before.counts);
  expect(after.records).toEqual(before.records);
  expect(dashboard.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});
