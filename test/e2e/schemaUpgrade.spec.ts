import path from 'node:path';
import type { Page } from '@playwright/test';
import { bundleForPage } from '../../bench/bundleForPage';
import { SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION } from '../../lib/db/schema';
import { test, expect } from './fixtures';
import { reportFault, faultReportFrom } from './faults/faultReport';
import {
  lostMediaBytes,
  missingRecords,
  snapshotExtensionData,
} from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { isServiceWorkerRunning, stopServiceWorker } from './media/stopServiceWorker';
import { DashboardPage } from './pages/DashboardPage';
import { LibraryPage } from './pages/LibraryPage';
import type { OldDatabaseResult, UpgradeCheck } from './seed/oldSchemaEntry';

/*
 * A student who installed an earlier release has a database at an earlier
 * schema version. Each test builds exactly that database in real Chromium,
 * in the extension's origin, with that version's migration sample
 * (test/unit/db/samples, via test/e2e/seed/oldSchemaEntry.ts), then opens
 * the built dashboard, which upgrades it. Nothing may be lost: every row
 * keeps every field no migration recomputes, blobs keep their bytes, and the
 * student sees the data.
 */

const OLD_SCHEMA_ENTRY = path.resolve('test/e2e/seed/oldSchemaEntry.ts');
let bundle: Promise<string> | undefined;

interface OldSchemaTools {
  createAt(version: number): Promise<OldDatabaseResult>;
  checkUpgraded(): Promise<UpgradeCheck>;
}

async function createOldDatabase(page: Page, version: number): Promise<OldDatabaseResult> {
  bundle ??= bundleForPage(OLD_SCHEMA_ENTRY);
  await page.evaluate(await bundle);
  return page.evaluate(
    (v) => (window as unknown as { __plpOldSchema: OldSchemaTools }).__plpOldSchema.createAt(v),
    version,
  );
}

async function checkUpgraded(page: Page): Promise<UpgradeCheck> {
  return page.evaluate(() =>
    (window as unknown as { __plpOldSchema: OldSchemaTools }).__plpOldSchema.checkUpgraded(),
  );
}

/** What the student sees of each version's sample once upgraded (newest first in the library). */
interface ShownAfterUpgrade {
  goals: string[];
  library: string[];
  trash: string[];
  /** Reflections whose recording was cut short, offered for recovery. */
  interrupted: string[];
}

const SHOWN: Record<number, ShownAfterUpgrade> = {
  1: {
    goals: ['Write a research paper I am proud of'],
    library: ['What I learned', 'Photosynthesis explained'],
    trash: [],
    interrupted: [],
  },
  2: { goals: [], library: ['How rivers shape valleys'], trash: [], interrupted: [] },
  3: {
    goals: [],
    library: ['Talking through my bridge model'],
    trash: [],
    interrupted: ['Talking through my bridge model'],
  },
  4: { goals: [], library: ['What it took'], trash: ['Notes on photosynthesis'], interrupted: [] },
};

/**
 * The dashboard's "today": after every sample's dates, and within 30 days of
 * the v4 sample's trashed clip. On today's real date the dashboard would, as
 * designed, empty that clip from the trash (lib/library/trash.ts), which is
 * retention, not the upgrade losing it.
 */
const STUDENT_TODAY = 1_730_100_000_000;

/** No upgrade so far rewrites these stores, so their records must hash the same. */
const UNTOUCHED_STORES = ['goals', 'media'];

/** Checks the dashboard shows the sample and returns what it said, quoted. */
async function expectShown(dashboard: DashboardPage, shown: ShownAfterUpgrade): Promise<string> {
  const said: string[] = [];
  if (shown.goals.length > 0) {
    await dashboard.expectGoalTitles(shown.goals);
    said.push(`Goals: ${shown.goals.join(', ')}`);
  }
  if (shown.interrupted.length > 0) {
    const banner = dashboard.page.getByTestId('interrupted-banner');
    for (const title of shown.interrupted) await expect(banner).toContainText(title);
    said.push((await banner.getByRole('heading').first().innerText()) + ': ' + shown.interrupted);
  }
  const library = new LibraryPage(dashboard.page);
  await dashboard.open('#/evidence');
  await library.expectCount(shown.library.length);
  if (shown.library.length > 0) await library.expectTitles(shown.library);
  said.push(`Library: ${await library.count.innerText()}`);
  await expect(library.trashLink).toHaveText(`Trash (${shown.trash.length})`);
  if (shown.trash.length > 0) {
    await dashboard.open('#/trash');
    await expect(library.items.getByRole('heading', { level: 3 })).toHaveText(shown.trash);
    said.push(`Trash: ${shown.trash.join(', ')}`);
  }
  return said.join(' · ');
}

for (const { version } of SCHEMA_VERSIONS.slice(0, -1)) {
  test(`an upgrade from schema v${version} to v${LATEST_SCHEMA_VERSION} keeps every record and shows it @fault`, async ({
    extension,
  }, testInfo) => {
    const shown = SHOWN[version];
    expect(shown, `add what the v${version} sample shows to SHOWN`).toBeDefined();
    if (!shown) return;
    const unhandled = await watchUnhandledErrors(extension.context);
    // The old database must be built before anything of today's opens it: the welcome
    // tab is closed (launchExtension), and the worker's connection goes with the worker.
    if (await isServiceWorkerRunning(extension)) await stopServiceWorker(extension);
    // An extension document that runs none of the app's code: the extension's origin only.
    const setup = await extension.context.newPage();
    await setup.goto(extension.url('manifest.json'));
    const old = await createOldDatabase(setup, version);
    expect(old.rawVersion, 'IndexedDB version of the old database').toBe(version * 10);
    const before = await snapshotExtensionData(setup);

    const dashboardTab = await extension.context.newPage();
    await dashboardTab.clock.setFixedTime(STUDENT_TODAY);
    const dashboard = new DashboardPage(dashboardTab, extension);
    await dashboard.open();
    const messageShown = await expectShown(dashboard, shown);
    const check = await checkUpgraded(setup);
    const after = await snapshotExtensionData(setup);
    await reportFault(
      testInfo,
      faultReportFrom(`upgrade from schema v${version} with data`, before, after, {
        lostBytes: lostMediaBytes(before, after),
        lostMeaning: 'media changed or missing',
        messageShown,
        unhandledErrors: unhandled,
      }),
    );

    expect(check.problems).toEqual([]);
    expect(check.rawVersion).toBe(LATEST_SCHEMA_VERSION * 10);
    expect(check.dexieVersion).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, count] of Object.entries(old.rows)) {
      expect(check.rows[table], `rows in ${table}`).toBeGreaterThanOrEqual(count);
    }
    expect(after.counts).toEqual(before.counts);
    expect(missingRecords(before, after)).toEqual([]);
    expect(lostMediaBytes(before, after)).toBe(0);
    const rewritten = SCHEMA_VERSIONS.some((step) => step.version > version && step.upgrade);
    for (const [key, hash] of Object.entries(before.records)) {
      if (!rewritten || UNTOUCHED_STORES.includes(key.split(':')[0] ?? '')) {
        expect(after.records[key], `${key} unchanged`).toBe(hash);
      }
    }
    expect(dashboard.errors).toEqual([]);
    expect(unhandled).toEqual([]);
  });
}
