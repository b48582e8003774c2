import { test as base, expect } from '@playwright/test';
import {
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionSession,
} from './launchExtension';
import { DashboardPage } from './pages/DashboardPage';
import { PopupPage } from './pages/PopupPage';

interface Fixtures {
  /** A browser with the extension loaded, on a fresh profile of its own. */
  extension: ExtensionSession;
  dashboard: DashboardPage;
  popup: PopupPage;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  extension: async ({}, use) => {
    const profileDir = newProfileDir();
    const session = await launchExtension(profileDir);
    await use(session);
    await session.close();
    removeProfileDir(profileDir);
  },
  dashboard: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    const dashboard = new DashboardPage(page, extension);
    await dashboard.open();
    await use(dashboard);
  },
  popup: async ({ extension }, use) => {
    await use(new PopupPage(extension));
  },
});

export { expect };
