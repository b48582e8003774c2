/**
 * First run and privacy: the welcome tour a fresh install opens, walked by keyboard; the privacy
 * page; and "Delete all my data" with its export offer and confirmation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import {
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionSession,
} from './launchExtension';
import { seedThroughDataLayer } from './seedThroughDataLayer';

// The service worker callbacks run inside the extension, where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

let session: ExtensionSession;
let profileDir: string;

test.beforeAll(async () => {
  profileDir = newProfileDir();
  session = await launchExtension(profileDir, ['--use-fake-device-for-media-stream'], {
    keepWelcomeTab: true,
  });
  // As a student who clicks "Allow" on the browser's microphone question.
  await session.context.grantPermissions(['microphone']);
});

test.afterAll(async () => {
  await session?.close();
  if (profileDir) removeProfileDir(profileDir);
});

/** Presses Tab until `target` has focus, as a keyboard user would (fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Serious and critical WCAG 2.2 AA findings on the page as it is now (as accessibility.spec.ts). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
  expect(blocking, name).toEqual([]);
}

/** Row counts per store, read from raw IndexedDB (not through the app's code). */
async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      counts[store] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  });
}

const storedLocal = (key: string) =>
  session.serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

test('a fresh install opens the welcome tour, walked by keyboard to a first goal', async () => {
  const page = session.welcomePage!;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await expect(page).toHaveURL(/dashboard\.html#\/welcome$/);
  await expect(page.getByRole('heading', { name: 'Welcome to PLP Companion' })).toBeVisible();
  const stepHeading = (name: string) => page.getByRole('heading', { name, level: 3 });
  const button = (name: string | RegExp) => page.getByRole('button', { name });

  // 1. What a PLP is.
  await expect(stepHeading('What is a PLP?')).toBeFocused();
  await expect(page.getByText('Your Personalized Learning Plan is yours')).toBeVisible();
  await expect(button('Skip the tour')).toBeVisible();
  await expectAccessible(page, 'welcome: what a PLP is');
  await tabTo(page, button('Next'));
  await page.keyboard.press('Enter');

  // 2. The first goal, from the personal example, through the real goal editor.
  await expect(stepHeading('Create your first goal')).toBeFocused();
  await expect(page.getByText('Step 2 of 4')).toBeVisible();
  for (const category of ['academic', 'personal', 'career', 'civic']) {
    await expect(button(new RegExp(`Start from the ${category} example`))).toBeVisible();
  }
  await expectAccessible(page, 'welcome: first goal');
  await tabTo(page, button(/Start from the personal example/));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Title')).toHaveValue('Build a steady study routine');
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('welcome-goal-status')).toHaveText(
    'Goal “Build a steady study routine” created.',
  );
  await expect(button('Skip the tour')).toBeVisible();
  await tabTo(page, button('Next'));
  await page.keyboard.press('Enter');

  // 3. Pinning, in words for both browsers.
  await expect(stepHeading('Pin PLP Companion to your toolbar')).toBeFocused();
  await expect(page.getByText('puzzle piece').first()).toBeVisible();
  await expect(page.getByText('Pin to Toolbar')).toBeVisible();
  await expectAccessible(page, 'welcome: pin');
  await tabTo(page, button('Next'));
  await page.keyboard.press('Enter');

  // 4. The microphone, asked from this page.
  await expect(stepHeading('Allow the microphone (optional)')).toBeFocused();
  await tabTo(page, button('Allow the microphone'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('welcome-mic-status')).toHaveText(
    'Microphone allowed. Your voice can be recorded in reflections.',
  );
  await expect(button('Skip the tour')).toHaveCount(0);
  await expectAccessible(page, 'welcome: microphone');
  await tabTo(page, button('Finish'));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/goals$/);
  await expect(page.getByRole('heading', { name: 'Build a steady study routine' })).toBeVisible();
  expect(await storedLocal('onboarding.done')).toBe(true);
  expect(errors).toEqual([]);
});

test('the privacy page says what is stored, where, and what leaves the device', async () => {
  const page = await session.context.newPage();
  await page.goto(session.url('dashboard.html#/goals'));
  await page.getByRole('link', { name: 'Privacy and your data' }).click();
  await expect(page).toHaveURL(/#\/privacy$/);
  await expect(page.getByRole('heading', { name: 'Your privacy', level: 2 })).toBeVisible();
  for (const heading of [
    'What is stored',
    'Where it is stored',
    'What leaves your device',
    'School settings',
    'Before you remove the extension',
    'Delete all my data',
  ]) {
    await expect(page.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  }
  await expect(page.getByText('IndexedDB')).toBeVisible();
  await expect(page.getByText('We don’t have any servers.')).toBeVisible();
  await expect(
    page.getByText('Only what you export, and only to the place you pick'),
  ).toBeVisible();
  await expect(page.getByText('kept only until you close the browser')).toBeVisible();
  await expect(page.getByText('There are no ads and no tracking.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Welcome tour' })).toHaveAttribute(
    'href',
    '#/welcome',
  );
  await expectAccessible(page, 'privacy page');
  await page.close();
});

test('"Delete all my data" offers an export, asks to confirm, then leaves a fresh start', async () => {
  const page = await session.context.newPage();
  await page.goto(session.url('dashboard.html#/privacy'));
  await expect(page.getByRole('heading', { name: 'Your privacy' })).toBeVisible();
  // Tests in this file run in parallel, each worker with its own browser: whether the welcome
  // tour's goal exists here depends on scheduling, so count what the seed adds.
  const initial = await storeCounts(page);
  await seedThroughDataLayer(page, {
    goals: [{ title: 'Learn chess openings' }],
    evidence: [
      {
        title: 'Chess openings explained',
        goals: ['Learn chess openings'],
        kind: 'snapshot',
        savedCopyHtml: '<p>Open with the center.</p>',
      },
    ],
  });
  const before = await storeCounts(page);
  expect(before.goals).toBe(initial.goals! + 1);
  expect(before.evidence).toBe(initial.evidence! + 1);
  expect(before.media).toBeGreaterThan(0);
  const defaultSkills = before.skills;

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(page.getByRole('link', { name: 'Export a bundle first' })).toHaveAttribute(
    'href',
    '#/export',
  );
  const proceed = page.getByRole('button', { name: 'Continue to delete' });
  await proceed.click();

  const dialog = page.getByRole('alertdialog', { name: 'Delete all your data?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const deleteButton = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(deleteButton).toBeDisabled();
  await expectAccessible(page, 'delete-all confirmation');
  // Focus stays in the dialog…
  for (let presses = 0; presses < 4; presses += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );
  }
  // …and Escape closes it, putting focus back, with nothing deleted.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(proceed).toBeFocused();
  expect((await storeCounts(page)).goals).toBe(before.goals);

  await proceed.press('Enter');
  await dialog.getByLabel('I understand this cannot be undone').check();
  await deleteButton.click();
  await expect(page.getByTestId('delete-all-outcome')).toHaveText(
    'All your data was deleted. PLP Companion is back to a fresh start.',
  );
  await expect(page.getByTestId('delete-all-outcome')).toBeFocused();

  const after = await storeCounts(page);
  expect(after).toMatchObject({
    goals: 0,
    evidence: 0,
    reflections: 0,
    media: 0,
    recordings: 0,
    recordingChunks: 0,
    driveJobs: 0,
    skills: defaultSkills,
  });
  expect(after.promptSets).toBeGreaterThan(0);
  expect(await storedLocal('onboarding.done')).toBeUndefined();

  await page.getByRole('link', { name: 'My goals' }).click();
  await expect(page.getByTestId('goals-empty-state')).toBeVisible();
  await page.close();
});
