import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  url: (page: string) => string;
  close: () => Promise<void>;
  /** The welcome tour the extension opened on install, when launched with keepWelcomeTab. */
  welcomePage?: Page;
}

const isWelcomeTab = (page: Page) => /\/dashboard\.html#\/welcome$/.test(page.url());

/**
 * A fresh install opens the welcome tour in a tab (runtime.onInstalled). Tests that don't test
 * the tour get it out of the way before they start: closed here, before launchExtension returns,
 * so it never turns up in a test's page count or waitForEvent('page').
 */
async function takeWelcomeTab(context: BrowserContext): Promise<Page> {
  return context.pages().find(isWelcomeTab) ?? context.waitForEvent('page', isWelcomeTab);
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'plp-e2e-'));
}

/**
 * A copy of the built extension in a folder of its own, for a test that changes it (a new
 * manifest version) or needs an id of its own (the unpacked id comes from the path).
 */
export function copyBuiltExtension(): { dir: string; remove: () => void } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'plp-ext-copy-')));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Launches Debian's Chromium (new headless mode loads extensions) with the
 * built extension, on the given profile so a test can close and relaunch the
 * browser and find its data again.
 */
export async function launchExtension(
  profileDir: string,
  extraArgs: string[] = [],
  options: {
    headless?: boolean;
    /** null: no emulated viewport, so window-size and device-scale-factor flags apply as on a real screen. */
    viewport?: { width: number; height: number } | null;
    /** Another copy of the built extension: a different path gives a different unpacked id. */
    extensionDir?: string;
    /** Keep the welcome tab a fresh install opens (as `welcomePage`) instead of closing it. */
    keepWelcomeTab?: boolean;
  } = {},
): Promise<ExtensionSession> {
  const headless = options.headless ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  // A missing or empty profile means a fresh install, which always opens the welcome tour
  // (`npm start` on a new machine has no .demo-profile/ yet).
  const freshInstall = !existsSync(profileDir) || readdirSync(profileDir).length === 0;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    // A headed demo window sizes itself; tests get a fixed, repeatable viewport.
    viewport:
      options.viewport !== undefined
        ? options.viewport
        : headless
          ? { width: 1200, height: 900 }
          : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const welcome = freshInstall ? await takeWelcomeTab(context) : undefined;
  if (welcome && !options.keepWelcomeTab) await welcome.close();
  return {
    welcomePage: options.keepWelcomeTab ? welcome : undefined,
    context,
    extensionId,
    serviceWorker,
    profileDir,
    url: (page) => `chrome-extension://${extensionId}/${page}`,
    close: () => context.close(),
  };
}
