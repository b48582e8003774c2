import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
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
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'plp-e2e-'));
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
  } = {},
): Promise<ExtensionSession> {
  const headless = options.headless ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
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
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    url: (page) => `chrome-extension://${extensionId}/${page}`,
    close: () => context.close(),
  };
}
