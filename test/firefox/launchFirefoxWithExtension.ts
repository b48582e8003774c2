import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { GECKO_ID } from './geckoId';

/**
 * Firefox gives every install a random moz-extension:// host. The pref
 * `extensions.webextensions.uuids` pins it, so the test knows the dashboard URL
 * before the extension is installed.
 */
export const EXTENSION_UUID = '6b1f6a5e-2c3d-4e8f-9a0b-1c2d3e4f5a6b';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Prefix of the profile folders this helper creates, so a leftover is easy to spot. */
export const PROFILE_PREFIX = 'firefox-profile-plp-smoke-';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/<path> for a page of the installed extension. */
  extensionUrl: (path: string) => string;
  /** Closes Firefox and removes the profile folder; safe to call twice. */
  close: () => Promise<void>;
}

/**
 * Prefs that make the microphone and camera Firefox's built-in fake devices
 * (a tone and a test pattern) and skip every permission prompt, the screen
 * sharing one included: there is no one to answer it.
 */
export const FAKE_MEDIA_PREFS: Readonly<Record<string, unknown>> = {
  'media.navigator.permission.disabled': true,
  'media.navigator.streams.fake': true,
};

export interface LaunchFirefoxOptions {
  /**
   * Run with a window on this X display (e.g. ":99" from startXvfb) instead of
   * headless. Firefox's getDisplayMedia works only headed.
   */
  display?: string;
  /** More prefs for the profile, e.g. FAKE_MEDIA_PREFS. */
  prefs?: Record<string, unknown>;
}

/** The next tab opened from now on (waitForTarget would match the tabs already open). */
function nextNewTab(browser: Browser, timeoutMs: number): Promise<Page> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.off('targetcreated', onCreated);
      reject(new Error('The install opened no tab: expected the welcome tour.'));
    }, timeoutMs);
    function onCreated(target: Target) {
      if (target.type() !== 'page') return;
      clearTimeout(timer);
      browser.off('targetcreated', onCreated);
      target.asPage().then(resolve, reject);
    }
    browser.on('targetcreated', onCreated);
  });
}

async function closeWelcomeTab(page: Page): Promise<void> {
  const isWelcome = await page
    .waitForFunction(() => /\/dashboard\.html#\/welcome$/.test(location.href), {
      polling: 100,
      timeout: 30_000,
    })
    .then(() => true)
    .catch(() => false);
  if (!isWelcome) {
    const href = await page.evaluate(() => location.href).catch(() => 'an unreadable page');
    throw new Error(`The install opened ${href} instead of the welcome tour.`);
  }
  await page.close();
}

export async function launchFirefoxWithExtension(
  extensionDir: string,
  options: LaunchFirefoxOptions = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${extensionDir}. Run \`npm run build\` (or \`npx wxt build -b firefox\`) first.`,
    );
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Run \`bash scripts/ensure-browsers.sh all\` or set FIREFOX_PATH.`,
    );
  }

  // Our own profile folder (instead of puppeteer's hidden temp one) so that
  // close() can always delete exactly this folder, even if Firefox crashed and
  // puppeteer's own cleanup never ran.
  const profileDir = await mkdtemp(join(tmpdir(), PROFILE_PREFIX));
  // Last resort if the run is interrupted before close() (Ctrl-C, a crash).
  const removeProfileOnExit = () => rmSync(profileDir, { recursive: true, force: true });
  process.once('exit', removeProfileOnExit);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.display === undefined,
      // Headed: the window goes to the given display. MOZ_HEADLESS is dropped
      // so a value inherited from the shell cannot force headless anyway.
      ...(options.display === undefined
        ? {}
        : { env: { ...process.env, DISPLAY: options.display, MOZ_HEADLESS: undefined } }),
      userDataDir: profileDir,
      // Lets BiDi reach privileged moz-extension:// documents. Without it the
      // dashboard never becomes scriptable and every wait times out (measured).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...options.prefs,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
      // A cold Firefox start on a busy 2-core machine can take well over 10 s.
      timeout: 60_000,
      protocolTimeout: 60_000,
    });
    // A temporary install (like about:debugging): no signing needed, gone on close.
    // Over BiDi the new tab's target keeps saying about:blank, so take the first tab opened
    // after the install and ask the page itself where it is.
    const opened = nextNewTab(browser, 30_000);
    await browser.installExtension(extensionDir);
    // A fresh install opens the welcome tour and brings it to the front. Left open, it pushes
    // the test's own tab into the background, where Firefox throttles timers (and our input
    // actions) to about once a second: a 5 s recording came out 12 s long. Waiting for it also
    // checks that the install opened the tour in Firefox.
    await closeWelcomeTab(await opened);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
    process.off('exit', removeProfileOnExit);
    throw error;
  }

  let closed = false;
  const launched = browser;
  return {
    browser: launched,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await launched.close();
      } finally {
        // maxRetries: Firefox may still be flushing files for a moment after close.
        await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
        process.off('exit', removeProfileOnExit);
      }
    },
  };
}

/**
 * Navigates to an extension page. Over BiDi the navigation promise for a
 * moz-extension:// page never settles, so awaiting it would hang until the
 * timeout: start it, ignore its result, and let the caller wait on a condition.
 */
export function startNavigation(page: Page, url: string): void {
  page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
}
