import { test, expect } from './fixtures';
import { ClipDriver, sendToBackground } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import type { browser as wxtBrowser } from 'wxt/browser';

declare const chrome: typeof wxtBrowser;

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('the clip sheet works by keyboard alone and remembers the goals for the next clip', async ({
  dashboard,
  extension,
}) => {
  await dashboard.createGoal({ title: 'Understand rivers' });
  await dashboard.createGoal({ title: 'Write better lab reports' });
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/guardian-1/source.html'));
  await driver.clickToolbarButton(page);

  const sheetOpened = extension.context.waitForEvent('page', (p) =>
    p.url().includes('clipsheet.html'),
  );
  const result = await driver.clip(page, 'visible', { openSheet: true });
  expect(result).toMatchObject({ ok: true });
  const sheet = await sheetOpened;
  await expect(sheet.getByRole('heading', { name: /Clip saved/ })).toBeVisible();
  await expect(sheet.getByTestId('clip-thumbnail')).toBeVisible();

  // Focus starts in the note; everything else is reached with Tab and Space.
  const note = sheet.getByLabel('What does this show about my learning?');
  await expect(note).toBeFocused();
  await sheet.keyboard.type('Whales and people share the sea.');
  await tabTo(sheet, 'Write better lab reports');
  await sheet.keyboard.press('Space');
  await tabTo(sheet, 'Clear and effective communication');
  await sheet.keyboard.press('Space');
  await tabTo(sheet, 'Save to my PLP');
  await sheet.keyboard.press('Enter');
  await expect(sheet.getByRole('status')).toHaveText('Saved to your PLP.');

  if (!result.ok) return;
  const stored = await driver.readClip(result.evidenceId);
  expect(stored.evidence.note).toBe('Whales and people share the sea.');
  expect(stored.evidence.skillIds).toEqual(['vt-communication']);
  expect((stored.evidence.goalIds as string[]).length).toBe(1);

  // The next sheet starts with the same goal and skill ticked.
  const tags = (await driver.control.evaluate(() =>
    chrome.storage.local.get('clip.lastUsedTags'),
  )) as Record<string, { goalIds: string[]; skillIds: string[] }>;
  expect(tags['clip.lastUsedTags']).toEqual({
    goalIds: stored.evidence.goalIds,
    skillIds: ['vt-communication'],
  });
  const nextOpened = extension.context.waitForEvent('page', (p) =>
    p.url().includes('clipsheet.html'),
  );
  await sendToBackground(driver.control, 'clip', {
    request: {
      tabId: await driver.tabId(page),
      kind: 'link',
      source: 'context-menu',
      ...tags['clip.lastUsedTags'],
    },
    openSheet: true,
  });
  const next = await nextOpened;
  await expect(next.getByRole('checkbox', { name: 'Write better lab reports' })).toBeChecked();
  await expect(next.getByRole('checkbox', { name: 'Understand rivers' })).not.toBeChecked();
  await expect(
    next.getByRole('checkbox', { name: 'Clear and effective communication' }),
  ).toBeChecked();

  // Discarding removes the clip.
  next.once('dialog', (dialog) => void dialog.accept());
  await next.getByRole('button', { name: 'Discard clip' }).click();
  await expect(next.getByRole('status')).toHaveText('Clip discarded.');
});

/** Presses Tab until the control with this accessible name has focus (keyboard-only navigation). */
async function tabTo(page: import('@playwright/test').Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.closest('label')?.textContent?.trim() ?? element?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach "${name}" with Tab`);
}
