import { test, expect } from './fixtures';
import { seedThroughDataLayer } from './seedThroughDataLayer';
import { LibraryPage } from './pages/LibraryPage';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Noon, local time: the date filters work in calendar days of the student's time zone. */
const noon = (year: number, month: number, day: number) =>
  new Date(year, month - 1, day, 12).getTime();

test('tags and untags several items at once from the library, with Undo', async ({ dashboard }) => {
  await seedThroughDataLayer(dashboard.page, {
    goals: [{ title: 'Build a robot' }, { title: 'Write a novel' }],
    evidence: [
      { title: 'Servo wiring diagram', skillIds: ['vt-self-direction'] },
      { title: 'Chapter one draft', goals: ['Write a novel'], skillIds: ['vt-self-direction'] },
      { title: 'Gear ratio notes' },
    ],
    reflections: [{ title: 'What the robot taught me', note: 'Patience, mostly.' }],
  });
  await dashboard.open('#/evidence');
  const library = new LibraryPage(dashboard.page);
  await library.expectCount(4);

  // Tag a clip and a reflection with a goal.
  await library.select('Servo wiring diagram');
  await library.select('What the robot taught me');
  await expect(library.bulkActions).toContainText('2 items selected');
  await library.tag('Build a robot', 'Add tag');
  await expect(library.toast).toContainText('Tagged 2 items with “Build a robot”.');
  await expect(library.chips('Servo wiring diagram', 'Goals')).toHaveText(['Build a robot']);
  await expect(library.chips('What the robot taught me', 'Goals')).toHaveText(['Build a robot']);
  await expect(library.chips('Gear ratio notes', 'Goals')).toHaveCount(0);

  // Undo puts the tags back as they were.
  await library.undo();
  await expect(library.toast).toContainText('Undone');
  await expect(library.chips('Servo wiring diagram', 'Goals')).toHaveCount(0);
  await expect(library.chips('What the robot taught me', 'Goals')).toHaveCount(0);

  // Tag again and keep it: the goal filter finds exactly those two.
  await library.tag('Build a robot', 'Add tag');
  await expect(library.chips('Servo wiring diagram', 'Goals')).toHaveText(['Build a robot']);
  await library.filter('filter-goal', 'Build a robot');
  await library.expectTitles(['What the robot taught me', 'Servo wiring diagram']);
  await library.filter('filter-goal', 'Any goal');
  await library.expectCount(4);

  // Untag a skill from two clips; the other goal on "Chapter one draft" stays.
  await library.bulkActions.getByRole('button', { name: 'Clear selection' }).click();
  await library.select('Servo wiring diagram');
  await library.select('Chapter one draft');
  await library.tag('Self-direction', 'Remove tag');
  await expect(library.toast).toContainText('Removed “Self-direction” from 2 items.');
  await expect(library.chips('Servo wiring diagram', 'Skills')).toHaveCount(0);
  await expect(library.chips('Chapter one draft', 'Skills')).toHaveCount(0);
  await expect(library.chips('Chapter one draft', 'Goals')).toHaveText(['Write a novel']);

  // Saved, not just shown: a reload finds the same tags.
  await dashboard.page.reload();
  await library.expectCount(4);
  await expect(library.chips('Servo wiring diagram', 'Goals')).toHaveText(['Build a robot']);
  await expect(library.chips('Servo wiring diagram', 'Skills')).toHaveCount(0);
  expect(dashboard.errors).toEqual([]);
});

test('search finds a word that appears only in a clipped article’s text', async ({ dashboard }) => {
  await seedThroughDataLayer(dashboard.page, {
    evidence: [
      {
        title: 'Ocean article',
        kind: 'article',
        text: 'Many deep-sea creatures glow: bioluminescence lights the midnight zone.',
        siteName: 'Sea Science',
      },
      { title: 'Lab photo', kind: 'visible', note: 'My setup for the glow stick test.' },
    ],
    reflections: [{ title: 'Weekly check-in', note: 'I finished the ocean unit.' }],
  });
  await dashboard.open('#/evidence');
  const library = new LibraryPage(dashboard.page);
  await library.expectCount(3);

  await library.search.fill('biolumin');
  await library.expectTitles(['Ocean article']);
  await expect(library.count).toHaveText('1 item match.');

  // Every word must match; a word in one item's note and another's text finds neither.
  await library.search.fill('bioluminescence setup');
  await library.expectCount(0);
  await expect(dashboard.page.getByTestId('library-no-results')).toBeVisible();

  // Reflection notes are searched too.
  await library.search.fill('ocean');
  await library.expectTitles(['Weekly check-in', 'Ocean article']);

  // "Clear filters" empties the search and puts focus back in it.
  await library.search.fill('nothing-like-this');
  await library.expectCount(0);
  await dashboard.page.getByRole('button', { name: 'Clear filters' }).click();
  await library.expectCount(3);
  await expect(library.search).toHaveValue('');
  await expect(library.search).toBeFocused();
});

test('filters by goal, kind and date, and opens items in their detail views', async ({
  dashboard,
}) => {
  const seeded = await seedThroughDataLayer(dashboard.page, {
    goals: [{ title: 'Run a 5K' }],
    evidence: [
      { title: 'January log', kind: 'link', goals: ['Run a 5K'], capturedAt: noon(2025, 1, 10) },
      { title: 'February article', kind: 'article', capturedAt: noon(2025, 2, 15) },
      { title: 'March screenshot', kind: 'visible', capturedAt: noon(2025, 3, 20) },
    ],
    reflections: [{ title: 'Race day thoughts', goals: ['Run a 5K'], createdAt: noon(2025, 3, 1) }],
  });
  await dashboard.open('#/evidence');
  const library = new LibraryPage(dashboard.page);
  await library.expectTitles([
    'March screenshot',
    'Race day thoughts',
    'February article',
    'January log',
  ]);
  await expect(library.item('February article')).toContainText('Readable article');
  await expect(library.item('Race day thoughts')).toContainText('Reflection');

  await library.filter('filter-goal', 'Run a 5K');
  await library.expectTitles(['Race day thoughts', 'January log']);

  await library.filter('filter-kind', 'Reflection');
  await library.expectTitles(['Race day thoughts']);

  await library.filter('filter-goal', 'Any goal');
  await library.filter('filter-kind', 'Readable article');
  await library.expectTitles(['February article']);

  // Dates are whole days: "to 15 February" includes the clip from noon that day.
  await library.filter('filter-kind', 'Any kind');
  await library.setDate('from', '2025-02-01');
  await library.setDate('to', '2025-03-01');
  await library.expectTitles(['Race day thoughts', 'February article']);

  await library.setDate('to', '2025-02-14');
  await library.expectCount(0);
  await dashboard.page.getByRole('button', { name: 'Clear filters' }).click();
  await library.expectCount(4);

  await library.filter('library-sort', 'Title (A to Z)');
  await library.expectTitles([
    'February article',
    'January log',
    'March screenshot',
    'Race day thoughts',
  ]);

  // The grid shows the same items, and the choice is remembered.
  await dashboard.page.getByRole('button', { name: 'Grid' }).click();
  await expect(dashboard.page.getByTestId('library-scroller')).toHaveAttribute(
    'data-layout',
    'grid',
  );
  await library.expectCount(4);
  await expect(library.items).toHaveCount(4);

  // Clicking an item opens its detail view.
  await library.item('January log').getByRole('link', { name: 'January log' }).click();
  await expect(dashboard.page).toHaveURL(
    new RegExp(`#/evidence/${encodeURIComponent(seeded.evidenceIds[0] ?? '')}$`),
  );
  await dashboard.page.goBack();
  await library.item('Race day thoughts').getByRole('link', { name: 'Race day thoughts' }).click();
  await expect(dashboard.page).toHaveURL(
    new RegExp(`#/reflection/${encodeURIComponent(seeded.reflectionIds[0] ?? '')}$`),
  );
  await dashboard.page.goBack();
  // The sort order and the grid survived the visit.
  await expect(dashboard.page.getByTestId('library-sort')).toHaveValue('title');
  await expect(dashboard.page.getByRole('button', { name: 'Grid' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(dashboard.errors).toEqual([]);
});

test('bulk delete moves items to the trash, and Undo brings them back', async ({ dashboard }) => {
  await seedThroughDataLayer(dashboard.page, {
    evidence: [{ title: 'Keep me' }, { title: 'Old draft' }, { title: 'Blurry photo' }],
    reflections: [{ title: 'Test reflection' }],
  });
  await dashboard.open('#/evidence');
  const library = new LibraryPage(dashboard.page);
  await library.expectCount(4);
  await expect(library.trashLink).toHaveText('Trash (0)');

  await library.select('Old draft');
  await library.select('Blurry photo');
  await library.select('Test reflection');
  const trashButton = library.bulkActions.getByRole('button', { name: 'Move to trash' });
  await trashButton.click();
  await expect(library.toast).toContainText('3 items moved to the trash.');
  await library.expectTitles(['Keep me']);
  await expect(library.trashLink).toHaveText('Trash (3)');
  await expect(library.bulkActions).toContainText('Nothing selected');
  // Focus stays put, and Tab goes straight to Undo.
  await expect(trashButton).toBeFocused();

  await dashboard.page.keyboard.press('Tab');
  await expect(library.toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  await dashboard.page.keyboard.press('Enter');
  await expect(library.toast).toContainText('3 items restored.');
  // Focus moves on to the new message rather than falling off the page.
  await expect(library.toast.getByRole('button', { name: 'Dismiss message' })).toBeFocused();
  await library.expectCount(4);
  await expect(library.trashLink).toHaveText('Trash (0)');

  // Shift-click selects a range, as in a file manager.
  await library.select('Keep me');
  await library
    .item('Blurry photo')
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] });
  await expect(library.bulkActions).toContainText('3 items selected');
  await expect(library.item('Old draft').getByRole('checkbox')).toBeChecked();
  await expect(library.item('Test reflection').getByRole('checkbox')).not.toBeChecked();
  await library.bulkActions.getByRole('button', { name: 'Clear selection' }).click();

  // "Select all" takes everything shown, and only what is shown.
  await library.search.fill('old');
  await library.expectTitles(['Old draft']);
  await library.bulkActions.getByLabel('Select all 1 shown').check();
  await trashButton.click();
  await expect(library.toast).toContainText('1 item moved to the trash.');
  await library.search.fill('');
  await library.expectTitles(['Test reflection', 'Keep me', 'Blurry photo']);
  await expect(library.trashLink).toHaveText('Trash (1)');
  expect(dashboard.errors).toEqual([]);
});

test('the trash restores items, deletes them forever and empties itself', async ({ dashboard }) => {
  await seedThroughDataLayer(dashboard.page, {
    evidence: [
      { title: 'Still here' },
      { title: 'Restore me', trashedAgoMs: 2 * DAY_MS },
      { title: 'Delete me', trashedAgoMs: 1 * DAY_MS, savedCopyHtml: '<p>Saved page</p>' },
      { title: 'Also trashed', trashedAgoMs: 3 * DAY_MS },
      // Past the 30 days: purged when the library or the trash opens.
      { title: 'Long gone', trashedAgoMs: 31 * DAY_MS },
    ],
  });
  await dashboard.open('#/evidence');
  const library = new LibraryPage(dashboard.page);
  await library.expectTitles(['Still here']);
  await expect(library.trashLink).toHaveText('Trash (3)');

  await library.trashLink.click();
  await expect(dashboard.page.getByRole('heading', { name: 'Trash', level: 2 })).toBeVisible();
  await library.expectTitles(['Restore me', 'Delete me', 'Also trashed']);
  const expected = new Date(Date.now() + 28 * DAY_MS).getFullYear();
  await expect(library.item('Restore me').getByTestId('trash-expiry')).toContainText(
    `Will be deleted for good on`,
  );
  await expect(library.item('Restore me').getByTestId('trash-expiry')).toContainText(
    String(expected),
  );

  // Restore: back in the library with the toast saying so.
  await library.item('Restore me').getByRole('button', { name: 'Restore' }).click();
  await expect(library.toast).toContainText('“Restore me” is back in My evidence.');
  await library.expectTitles(['Delete me', 'Also trashed']);

  // Delete forever asks first; Cancel keeps the item.
  const dialog = dashboard.page.getByRole('alertdialog', { name: 'Delete forever?' });
  await library.item('Delete me').getByRole('button', { name: 'Delete forever' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await library.expectCount(2);

  await library.item('Delete me').getByRole('button', { name: 'Delete forever' }).click();
  await dialog.getByRole('button', { name: 'Delete forever' }).click();
  await expect(library.toast).toContainText('“Delete me” was deleted for good.');
  await library.expectTitles(['Also trashed']);

  // Empty trash, confirmed.
  await dashboard.page.getByRole('button', { name: 'Empty trash' }).click();
  const emptyDialog = dashboard.page.getByRole('alertdialog', { name: 'Empty the trash?' });
  await emptyDialog.getByRole('button', { name: 'Empty trash' }).click();
  await library.expectCount(0);
  await expect(library.count).toHaveText('The trash is empty.');

  // Back in the library: the restored item is there; the deleted ones are nowhere.
  await dashboard.page.getByRole('link', { name: 'Back to my evidence' }).click();
  await library.expectTitles(['Still here', 'Restore me']);
  await expect(library.trashLink).toHaveText('Trash (0)');
  const remaining = await dashboard.page.evaluate(async () => {
    const request = indexedDB.open('plp-companion');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['evidence', 'media'], 'readonly');
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const counting = tx.objectStore(store).count();
        counting.onsuccess = () => resolve(counting.result);
      });
    const result = { evidence: await count('evidence'), media: await count('media') };
    db.close();
    return result;
  });
  // The saved copy of "Delete me" went with it.
  expect(remaining).toEqual({ evidence: 2, media: 0 });
  expect(dashboard.errors).toEqual([]);
});
