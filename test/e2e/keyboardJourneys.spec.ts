import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { chooseWithArrows, expectFocusTrapped, expectVisibleFocus, tabTo } from './keyboardHelpers';
import { LibraryPage } from './pages/LibraryPage';
import { seedThroughDataLayer } from './seedThroughDataLayer';

/*
 * Each journey with the keyboard alone: Tab, Shift+Tab, Enter, Space, the
 * arrows and Escape, and keyboard.type for text. No clicks, fills or
 * locator.focus(). Journeys covered elsewhere by keyboard:
 * - the region picker (arrows, Alt+arrows, Enter, Esc): clipScreenshots.spec.ts;
 * - the clip sheet's goals and skills: clipSheet.spec.ts;
 * - recording a reflection: recordingKeyboard.spec.ts (it needs the media flags).
 */

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('a goal is created in the dialog, which traps focus and returns it to its opener', async ({
  dashboard,
}) => {
  const { page } = dashboard;
  const newGoal = page.getByRole('button', { name: 'New goal' });
  await tabTo(page, newGoal);
  await expectVisibleFocus(newGoal);

  // Escape cancels: nothing saved, focus back on "New goal".
  await page.keyboard.press('Enter');
  await expect(dashboard.dialog).toBeVisible();
  await expect(dashboard.dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Never saved');
  await expectFocusTrapped(page, dashboard.dialog);
  await page.keyboard.press('Escape');
  await expect(dashboard.dialog).toBeHidden();
  await expect(newGoal).toBeFocused();
  await expect(dashboard.goalCards()).toHaveCount(0);

  // Save: the goal appears and focus comes back to "New goal".
  await page.keyboard.press('Enter');
  const title = dashboard.dialog.getByLabel('Title');
  await expect(title).toBeFocused();
  await page.keyboard.type('Learn to juggle');
  const personal = dashboard.dialog.getByRole('radio', { name: /Personal/ });
  await tabTo(page, dashboard.dialog.getByRole('radio', { checked: true }));
  // Arrow keys move through a radio group and check what they land on.
  for (let i = 0; i < 4 && !(await personal.isChecked()); i += 1)
    await page.keyboard.press('ArrowDown');
  await expect(personal).toBeChecked();
  const selfDirection = dashboard.dialog.getByRole('checkbox', { name: 'Self-direction' });
  await tabTo(page, selfDirection);
  await expectVisibleFocus(selfDirection);
  await page.keyboard.press('Space');
  await expect(selfDirection).toBeChecked();
  const save = dashboard.dialog.getByRole('button', { name: 'Save goal' });
  await tabTo(page, save);
  await expectVisibleFocus(save);
  await page.keyboard.press('Enter');
  await expect(dashboard.dialog).toBeHidden();
  const card = dashboard.goalCard('Learn to juggle');
  await expect(card).toContainText('Personal');
  await expect(card.getByRole('list', { name: 'Skills' })).toHaveText('Self-direction');
  await expect(newGoal).toBeFocused();

  // Edit, then Escape: focus returns to that card's Edit button.
  const edit = card.getByRole('button', { name: 'Edit' });
  await tabTo(page, edit);
  await expectVisibleFocus(edit);
  await page.keyboard.press('Enter');
  await expect(dashboard.dialog.getByLabel('Title')).toHaveValue('Learn to juggle');
  await page.keyboard.press('Escape');
  await expect(dashboard.dialog).toBeHidden();
  await expect(edit).toBeFocused();
  expect(dashboard.errors).toEqual([]);
});

test('a page is clipped from the popup with the keyboard, note included', async ({
  extension,
  dashboard,
}) => {
  const driver = await ClipDriver.create(extension);
  const target = await driver.openPage(server.url('/pages/guardian-1/source.html'));
  await driver.clickToolbarButton(target);
  const popup = await driver.openPopupBehind(target);

  const screenshot = popup.getByRole('button', { name: 'Screenshot of what I see' });
  await tabTo(popup, screenshot);
  await expectVisibleFocus(screenshot);
  await popup.keyboard.press('Enter');
  const note = popup.getByLabel('What does this show about my learning?');
  await expect(note).toBeFocused({ timeout: 20_000 });
  await popup.keyboard.type('A keyboard-only clip.');
  const saveClip = popup.getByRole('button', { name: 'Save to my PLP' });
  await tabTo(popup, saveClip);
  await expectVisibleFocus(saveClip);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved to your PLP.',
  );

  await dashboard.open('#/evidence');
  const library = new LibraryPage(dashboard.page);
  await library.expectCount(1);
  await expect(library.items).toContainText('A keyboard-only clip.');
});

test('items are tagged and searched in the library with the keyboard', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedThroughDataLayer(page, {
    goals: [{ title: 'Build a robot' }],
    evidence: [
      {
        title: 'Ocean article',
        kind: 'article',
        text: 'Many deep-sea creatures glow: bioluminescence lights the midnight zone.',
      },
      { title: 'Servo wiring diagram' },
    ],
  });
  await dashboard.open('#/evidence');
  const library = new LibraryPage(page);
  await library.expectCount(2);

  // Tag: tick an item with Space, choose the goal with the arrows, Enter on "Add tag".
  const tick = library.item('Servo wiring diagram').getByRole('checkbox');
  await tabTo(page, tick);
  await expectVisibleFocus(tick);
  await page.keyboard.press('Space');
  await expect(library.bulkActions).toContainText('1 item selected');
  await chooseWithArrows(page, library.bulkActions.getByLabel('Goal or skill'), 'Build a robot');
  const addTag = library.bulkActions.getByRole('button', { name: 'Add tag' });
  await tabTo(page, addTag);
  await expectVisibleFocus(addTag);
  await page.keyboard.press('Enter');
  await expect(library.toast).toContainText('Tagged 1 item with “Build a robot”.');
  await expect(library.chips('Servo wiring diagram', 'Goals')).toHaveText(['Build a robot']);

  // Search: back up to the search box with Shift+Tab and type.
  await tabTo(page, library.search, { backwards: true });
  await expectVisibleFocus(library.search);
  await page.keyboard.type('biolumin');
  await library.expectTitles(['Ocean article']);
  expect(dashboard.errors).toEqual([]);
});

test('a ZIP is exported from the Export page with the keyboard', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedThroughDataLayer(page, {
    goals: [{ title: 'Understand volcanoes' }],
    evidence: [{ title: 'Lab notes', note: 'Measured the lava model.' }],
  });
  await dashboard.open('#/export');
  const exportLink = page.getByRole('link', { name: 'Export' });
  await expect(exportLink).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('export-summary')).toContainText('1 evidence item');

  const download = page.getByRole('button', { name: 'Download ZIP' });
  await tabTo(page, download);
  await expectVisibleFocus(download);
  const downloaded = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloaded).suggestedFilename()).toMatch(/\.zip$/);
  await expect(page.getByTestId('export-outcome')).toBeVisible();
  expect(dashboard.errors).toEqual([]);
});
