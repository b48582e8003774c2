import { test as base, expect, type Page } from '@playwright/test';
import { newProfileDir, removeProfileDir, type ExtensionSession } from '../launchExtension';
import { startFixtureServer, type FixtureServer } from '../fixtureServer';
import { CAPTURE_TARGET_PATH, launchRecordingBrowser } from './launchRecordingBrowser';

interface RecordingFixtures {
  /** A browser with the extension and the fake media devices, on a fresh profile of its own. */
  extension: ExtensionSession;
  /** The static server for test/fixtures (the capture target page lives under /media/). */
  fixtureServer: FixtureServer;
  /** A tab whose title contains CAPTURE_TARGET_TITLE, loaded and in front: what "screen"/"tab" records. */
  captureTarget: Page;
  /** An extension page (dashboard.html) to send messages and read IndexedDB from. */
  extensionPage: Page;
}

export const recordingTest = base.extend<RecordingFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  extension: async ({}, use) => {
    const profileDir = newProfileDir();
    const session = await launchRecordingBrowser(profileDir);
    await use(session);
    await session.close();
    removeProfileDir(profileDir);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  fixtureServer: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  captureTarget: async ({ extension, fixtureServer }, use) => {
    const page = await extension.context.newPage();
    await page.goto(fixtureServer.url(CAPTURE_TARGET_PATH));
    await page.bringToFront();
    await use(page);
  },
  extensionPage: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await page.goto(extension.url('dashboard.html'));
    await use(page);
  },
});

export { expect };
