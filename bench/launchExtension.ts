import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  launchExtension as launchWithProfile,
  newProfileDir,
  removeProfileDir,
} from '../test/e2e/launchExtension';

/**
 * A superset of the e2e suite's session (same field names), so its helpers
 * (ClipDriver, the page objects) drive the bench's browser unchanged.
 */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** `chrome-extension://ID/<page>`. */
  url(page: string): string;
  /** What the browser reports, e.g. "156.0.8078.79"; recorded with every result. */
  browserVersion: string;
  /** Opens an extension page (e.g. "dashboard.html") in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked build, usually `<root>/.output/chrome-mv3`. */
  extensionDir: string;
  extraArgs?: string[];
}

/**
 * The e2e launcher (same browser, flags and extension), in a throw-away
 * profile so no run sees another's IndexedDB, plus what the bench reports.
 */
export async function launchExtension(options: LaunchOptions): Promise<ExtensionSession> {
  const { extensionDir, extraArgs = [] } = options;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const profileDir = newProfileDir();
  try {
    const session = await launchWithProfile(profileDir, extraArgs);
    return {
      context: session.context,
      extensionId: session.extensionId,
      serviceWorker: session.serviceWorker,
      profileDir,
      url: session.url,
      browserVersion: session.context.browser()?.version() ?? 'unknown',
      async openPage(path) {
        const page = await session.context.newPage();
        await page.goto(session.url(path), { waitUntil: 'load' });
        return page;
      },
      async close() {
        await session.close().catch(() => undefined);
        removeProfileDir(profileDir);
      },
    };
  } catch (error) {
    // A failed launch must not leave a profile behind.
    removeProfileDir(profileDir);
    throw error;
  }
}
