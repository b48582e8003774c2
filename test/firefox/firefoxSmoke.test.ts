import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../lib/db/schema';
import { DashboardPage } from './DashboardPage';
import {
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './launchFirefoxWithExtension';

// The unpacked build that `npm run build` (wxt build -b firefox) writes.
const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

/**
 * One real firefox-esr journey: the extension installs, its dashboard opens,
 * a goal made through the UI is stored in IndexedDB and is still there after a
 * reload. The Chromium suite (test/e2e/) covers behaviour in depth; this proves
 * the Firefox build works at all.
 */
describe('Firefox smoke: the dashboard keeps a new goal across a reload', () => {
  let firefox: FirefoxWithExtension | undefined;
  let dashboard: DashboardPage;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
    const page = await firefox.browser.newPage();
    // An uncaught error in the page fails the test even if the UI looks right.
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    // Every wait below has its own bound; fail in 30 s rather than at the test timeout.
    page.setDefaultTimeout(30_000);
    dashboard = new DashboardPage(page, firefox.extensionUrl('dashboard.html'));
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('creates a goal through the UI and finds it again after a reload', async () => {
    // A unique title: the test must not pass because of an older goal.
    const title = `Firefox smoke goal ${Date.now()}`;

    await dashboard.open();
    // A fresh profile: the first-run journey, as a new Firefox user sees it.
    expect(await dashboard.showsEmptyState()).toBe(true);
    await dashboard.createGoal({
      title,
      skillName: 'Self-direction',
      openWith: 'Write my first goal',
    });
    await dashboard.waitForGoalCard(title);

    await dashboard.reload();
    await dashboard.waitForGoalCard(title);
    expect(await dashboard.goalCardTitles()).toContain(title);

    // The card is drawn from the database; check the stored record directly too.
    const stored = await dashboard.readStoredGoals(DATABASE_NAME);
    expect(stored).toContainEqual({ title, skillIds: ['vt-self-direction'] });
    expect(pageErrors).toEqual([]);
  });
});
