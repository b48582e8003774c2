/*
 * A school's policy, delivered the way Chromium really delivers it: a JSON file in
 * /etc/chromium/policies/managed/ with 3rdparty.extensions.<id>. The file applies to every
 * Chromium on the machine, so this test loads its own copy of the extension from a fresh
 * directory (an unpacked extension's id comes from its path) and writes the policy for that id
 * alone: the other specs, running at the same time, never see it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { test, expect, type Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import {
  copyBuiltExtension,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionSession,
} from './launchExtension';
import { seedThroughDataLayer } from './seedThroughDataLayer';

// The service worker callbacks run inside the extension, where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

const POLICY_DIR = '/etc/chromium/policies/managed';
const DAY_MS = 24 * 60 * 60 * 1000;

const POLICY = {
  skillsFramework: [
    { id: 'vt-communication', name: 'Speaking and writing' },
    { name: 'Collaboration', description: 'Working well with others.' },
  ],
  allowedExportTargets: ['zip', 'seesaw'],
  driveClientId: 'school-client.apps.googleusercontent.com',
  driveRootFolderName: 'Policy Test Folder',
  recordingMaxMinutes: 7,
  recordingWebcamAllowed: false,
  recordingDefaultQuality: 'smoother',
  // The fixture server listens on 127.0.0.1, so its pages are "a site the school blocked".
  blockedClipDomains: ['127.0.0.1'],
  dataRetentionDays: 30,
  seesawMaxVideoMinutes: 3,
  seesawMaxFileMB: 25,
};

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, hex 0-f as a-p. */
function unpackedExtensionId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16)))
    .join('');
}

// One browser for the whole file, in order. Run in parallel, every worker wrote and removed its
// own policy file while the others' browsers were starting; Chromium reloads policy on each
// change of that folder, and in CI one browser's storage.managed.get() then never answered.
test.describe.configure({ mode: 'default' });

let extensionCopy: ReturnType<typeof copyBuiltExtension> | undefined;
let policyFile: string | undefined;
let profileDir: string | undefined;
let extension: ExtensionSession;
let server: FixtureServer | undefined;

test.beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `schoolPolicy.spec.ts must run as root: it writes a real Chromium policy file in ${POLICY_DIR} ` +
        '(CI runs as root). Run it with sudo, or in the CI container.',
    );
  }
  extensionCopy = copyBuiltExtension();
  const extensionId = unpackedExtensionId(extensionCopy.dir);
  mkdirSync(POLICY_DIR, { recursive: true });
  policyFile = path.join(POLICY_DIR, `plp-companion-test-${randomBytes(6).toString('hex')}.json`);
  // Written before launch: Chromium reads policy files at start-up.
  writeFileSync(
    policyFile,
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: POLICY } } }),
    { mode: 0o644 },
  );
  server = await startFixtureServer();
  profileDir = newProfileDir();
  extension = await launchExtension(
    profileDir,
    ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    { extensionDir: extensionCopy.dir },
  );
  expect(extension.extensionId, 'the policy was written for the id Chromium gave').toBe(
    extensionId,
  );
  // Chromium loads policy seconds after it starts: until then storage.managed.get() stays
  // pending or answers {} (3-5 s measured here, once over a minute under load). The tests are
  // about what the extension does with a loaded policy, so they start once it has loaded.
  await expect
    .poll(() => readManagedStorageWithin(2_000), { timeout: 45_000, intervals: [500] })
    .toEqual(POLICY);
});

/** storage.managed.get() in the worker, or 'still loading' if it has not answered in time. */
function readManagedStorageWithin(ms: number): Promise<unknown> {
  return extension.serviceWorker.evaluate(
    (wait) =>
      Promise.race([
        chrome.storage.managed.get(),
        new Promise((resolve) => setTimeout(() => resolve('still loading'), wait)),
      ]),
    ms,
  );
}

test.afterAll(async () => {
  // The policy file must never outlive the test: it would follow this id on the machine.
  if (policyFile) rmSync(policyFile, { force: true });
  await extension?.close();
  await server?.close();
  if (profileDir) removeProfileDir(profileDir);
  extensionCopy?.remove();
});

async function openDashboard(hash: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.url(`dashboard.html${hash}`));
  return page;
}

test('the extension reads the policy file through storage.managed, and remembers it', async () => {
  const managed = await extension.serviceWorker.evaluate(() => chrome.storage.managed.get());
  expect(managed).toEqual(POLICY);
  // Remembered for the seconds after the next start, before Chromium has loaded policy again.
  const page = await openDashboard('#/goals');
  await expect
    .poll(() =>
      page.evaluate(
        async () => (await chrome.storage.local.get('school.lastPolicy'))['school.lastPolicy'],
      ),
    )
    .toEqual(POLICY);
});

test('the readers the export uses apply the Drive, Seesaw and export settings', async () => {
  const page = await openDashboard('#/goals');
  await expect(page.getByRole('heading', { name: 'My goals' })).toBeVisible();
  const probe = await build({
    entryPoints: [path.resolve('test/e2e/policy/policyProbeEntry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    plugins: [
      {
        name: 'wxt-imports',
        setup(b) {
          b.onResolve({ filter: /^#imports$/ }, () => ({
            path: path.resolve('test/e2e/policy/importsShim.ts'),
          }));
        },
      },
    ],
  });
  await page.evaluate(probe.outputFiles[0]!.text);
  const seen = await page.evaluate(() =>
    (
      globalThis as unknown as { __plpPolicyProbe: { read(): Promise<unknown> } }
    ).__plpPolicyProbe.read(),
  );
  expect(seen).toMatchObject({
    drive: {
      settings: { clientId: POLICY.driveClientId, rootFolderName: POLICY.driveRootFolderName },
      lockedBySchool: ['clientId', 'rootFolderName'],
    },
    seesaw: { maxVideoMinutes: 3, maxFileMB: 25 },
    exportTargets: { targets: ['zip', 'seesaw'], setBySchool: true },
  });

  // The student can see what the school set, in words.
  await page.goto(extension.url('dashboard.html#/storage'));
  const settings = page.getByTestId('school-settings');
  await expect(settings.getByTestId('school-setting-drive-client')).toContainText(
    'Set up by your school',
  );
  await expect(settings.getByTestId('school-setting-seesaw-video')).toContainText('3 minutes');
  await expect(settings.getByTestId('school-setting-seesaw-file')).toContainText('25 MB');
  await expect(settings.getByTestId('school-setting-export')).toContainText(
    'File on this computer, Seesaw',
  );
  await expect(settings.getByTestId('school-setting-blocked-sites')).toContainText('127.0.0.1');
});

test('the Export page offers only the destinations the school allows', async () => {
  const page = await openDashboard('#/export');
  await expect(page.getByTestId('export-school-notice')).toContainText(
    'Some export destinations are turned off by your school.',
  );
  await expect(page.getByRole('region', { name: 'Download a bundle' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Post to Seesaw' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Google Drive' })).toHaveCount(0);
  // Restoring is never an export, so it stays.
  await expect(page.getByLabel('Bundle file (.zip)')).toBeVisible();
  // The Seesaw list is planned with the school's limits, not the defaults.
  await expect(page.getByTestId('seesaw-limits')).toHaveText(
    'Limits: videos up to 3 minutes, files up to 25 MB. Set by your school',
  );
});

test('the recorder shows the school maximum length and a locked-off webcam', async () => {
  const page = await openDashboard('#/record');
  await expect(page.getByTestId('record-max-length')).toHaveText(
    /stop by themselves after 7 minutes \(Set by your school\)\./,
  );
  const webcam = page.getByTestId('record-webcam');
  await expect(webcam).not.toBeChecked();
  await expect(webcam).toBeDisabled();
  await expect(webcam).toHaveAccessibleDescription(
    'Set by your school: the webcam is turned off for recordings.',
  );
  // The school's default quality is preselected but stays the student's choice.
  await expect(page.getByRole('radio', { name: /^30 for smoother motion/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^15 frames a second/ })).toBeEnabled();
  await expect(page.getByTestId('record-fps-school')).toBeVisible();
});

test("the skills page shows the school's framework, locked", async () => {
  const page = await openDashboard('#/skills');
  await expect(page.getByTestId('skills-school-notice')).toContainText('Set by your school');
  const rows = page.getByTestId('skill-row');
  await expect(rows.getByRole('strong')).toHaveText(['Speaking and writing', 'Collaboration']);
  await expect(rows.first()).toContainText('Set by your school');
  await expect(page.getByRole('button', { name: /^(Rename|Remove) / })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'New skill' })).toHaveCount(0);
  // The Vermont skill the school renamed kept its id, so existing tags still point at it.
  const ids = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('plp-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('skills').objectStore('skills').getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
          all.onerror = () => reject(all.error);
        };
      }),
  );
  expect(ids.sort()).toEqual(['school-collaboration', 'vt-communication']);
});

test('clipping a site the school blocked is refused with a friendly message', async () => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server!.url('/pages/rtl-1/source.html'));
  await driver.clickToolbarButton(page);
  expect(await driver.clip(page, 'visible')).toEqual({
    ok: false,
    failure: expect.objectContaining({
      reason: 'blocked-by-school',
      site: '127.0.0.1',
      linkOnly: false,
    }),
  });
  // The menu path: the clip sheet opens with the reason, naming the site.
  const opened = extension.context.waitForEvent('page', (p) => p.url().includes('clipsheet.html'));
  await driver.clip(page, 'visible', { openSheet: true });
  const sheet = await opened;
  await expect(sheet.getByTestId('clip-failure')).toHaveText(
    'Your school does not allow clipping from 127.0.0.1.',
  );
  await expect(sheet.getByRole('button', { name: 'Save the link instead' })).toHaveCount(0);
});

test('older work brings a reminder to export, and nothing is deleted', async () => {
  const page = await openDashboard('#/goals');
  await expect(page.getByRole('heading', { name: 'My goals' })).toBeVisible();
  await seedThroughDataLayer(page, {
    evidence: [
      { title: 'Old essay', capturedAt: Date.now() - 60 * DAY_MS },
      { title: 'New essay', capturedAt: Date.now() - DAY_MS },
    ],
  });
  await page.reload();
  const reminder = page.getByTestId('retention-reminder');
  await expect(reminder).toContainText('keep work on this device for 30 days');
  await expect(reminder).toContainText('1 item is older than that');
  await expect(reminder.getByRole('link', { name: 'export your portfolio' })).toHaveAttribute(
    'href',
    '#/export',
  );
  await page.goto(extension.url('dashboard.html#/evidence'));
  await expect(page.getByText('Old essay')).toBeVisible();
});
