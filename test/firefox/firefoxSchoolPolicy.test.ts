/*
 * A school's policy, delivered the way Firefox really delivers it: an enterprise policies.json
 * with the settings under 3rdparty.Extensions and our add-on id, which Firefox hands to the
 * extension as storage.managed. The Chromium counterpart is test/e2e/schoolPolicy.spec.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from './geckoId';
import {
  launchFirefoxWithExtension,
  startNavigation,
  type FirefoxWithExtension,
} from './launchFirefoxWithExtension';

// The unpacked build that `npm run build` (wxt build -b firefox) writes.
const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

/**
 * Firefox on Linux reads this system-wide file first and, when it exists, ignores the
 * policies.json in the installation's distribution/ folder (Debian: /usr/lib/firefox-esr/
 * distribution/). Both work with firefox-esr here; this is the one that cannot be hidden by the
 * other. Note: it is /etc/firefox even for Debian's firefox-esr, not /etc/firefox-esr (tried).
 */
const POLICY_FILE = '/etc/firefox/policies/policies.json';

const SCHOOL_SETTINGS = {
  allowedExportTargets: ['zip', 'seesaw'],
  recordingMaxMinutes: 7,
  recordingWebcamAllowed: false,
};

/**
 * Writes our policies.json before Firefox starts (Firefox reads it once, at start-up) and
 * returns how to put things back: the administrator's own file, or nothing at all. The file is
 * read by every Firefox on the machine, so it must never outlive this test file.
 */
function installPolicyFile(): () => void {
  const previous = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE) : undefined;
  const createdDirs: string[] = [];
  for (let dir = dirname(POLICY_FILE); !existsSync(dir); dir = dirname(dir)) {
    createdDirs.push(dir);
  }
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: SCHOOL_SETTINGS } } } }),
    { mode: 0o644 },
  );
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (previous) {
      writeFileSync(POLICY_FILE, previous);
      return;
    }
    rmSync(POLICY_FILE, { force: true });
    // Deepest first; only the folders this test made. rmdir refuses a folder someone else has
    // put a file in since, and then its parents are not empty either: stop there.
    try {
      for (const dir of createdDirs) rmdirSync(dir);
    } catch {
      return;
    }
  };
  // Last resort if the run is interrupted before afterAll (Ctrl-C, a crash).
  process.once('exit', restore);
  return () => {
    process.off('exit', restore);
    restore();
  };
}

/** Waits for the element with this test id and returns its text. */
async function textOf(page: Page, testId: string): Promise<string> {
  const handle = await page.waitForFunction(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? false,
    { polling: 100 },
    testId,
  );
  return (await handle.jsonValue()) as string;
}

describe('Firefox: settings a school puts in policies.json', () => {
  let restorePolicyFile: (() => void) | undefined;
  let firefox: FirefoxWithExtension | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `firefoxSchoolPolicy.test.ts must run as root: it writes a real Firefox policy file at ` +
          `${POLICY_FILE} (CI runs as root). Run it with sudo, or in the CI container.`,
      );
    }
    restorePolicyFile = installPolicyFile();
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
    page = await firefox.browser.newPage();
    // An uncaught error in the page fails the test even if the UI looks right.
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    try {
      await firefox?.close();
    } finally {
      restorePolicyFile?.();
    }
  });

  it('hands the settings to the extension through storage.managed', async () => {
    startNavigation(page, firefox!.extensionUrl('dashboard.html#/goals'));
    await page.waitForSelector('#goals-heading');
    const managed = await page.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { managed: { get(): Promise<unknown> } } } }
      ).browser.storage.managed.get(),
    );
    expect(managed).toEqual(SCHOOL_SETTINGS);
  });

  it('the recorder shows the school maximum length and a locked-off webcam', async () => {
    startNavigation(page, firefox!.extensionUrl('dashboard.html#/record'));
    expect(await textOf(page, 'record-max-length')).toMatch(
      /stop by themselves after 7 minutes \(Set by your school\)\./,
    );
    const webcam = await page.$eval('[data-testid="record-webcam"]', (box) => {
      const input = box as HTMLInputElement;
      const describedBy = input.getAttribute('aria-describedby');
      return {
        checked: input.checked,
        disabled: input.disabled,
        description: describedBy ? document.getElementById(describedBy)?.textContent : null,
      };
    });
    expect(webcam).toEqual({
      checked: false,
      disabled: true,
      description: 'Set by your school: the webcam is turned off for recordings.',
    });
  });

  it('the Export page offers only the destinations the school allows', async () => {
    startNavigation(page, firefox!.extensionUrl('dashboard.html#/export'));
    expect(await textOf(page, 'export-school-notice')).toContain(
      'Some export destinations are turned off by your school.',
    );
    // Restoring is never an export, so its section stays.
    await page.waitForSelector('#export-restore-heading');
    const sections = await page.$$eval('section.export-section h3', (headings) =>
      headings.map((h) => h.textContent),
    );
    expect(sections).toEqual(['Download a bundle', 'Post to Seesaw', 'Restore from a bundle']);
  });

  it('the Storage page lists what the school set', async () => {
    startNavigation(page, firefox!.extensionUrl('dashboard.html#/storage'));
    expect(await textOf(page, 'school-setting-export')).toContain('File on this computer, Seesaw');
    expect(await textOf(page, 'school-setting-recording-length')).toContain('7 minutes');
    expect(await textOf(page, 'school-setting-webcam')).toContain('Not allowed');
    expect(pageErrors).toEqual([]);
  });
});
