import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { faultReportFrom, reportFault } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { DashboardPage } from './pages/DashboardPage';

/*
 * Two dashboard tabs edit the same goal at once. Each save writes only the
 * fields its form changed, so nothing the other tab saved is lost; a tab
 * still editing is told what changed under it; when both change one field
 * the later save wins, and both tabs show it.
 */

/** The stored goal, read with raw IndexedDB (not through the app). */
async function storedGoal(page: Page, title: string) {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction('goals').objectStore('goals').getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.find((row) => row.title === wanted) ?? null;
  }, title);
}

test('two tabs editing one goal lose no update and both show the last write @fault', async ({
  dashboard: tabA,
  extension,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  await tabA.createGoal({
    title: 'Learn guitar',
    description: 'Chords first',
    steps: ['Learn three chords'],
  });
  const tabB = new DashboardPage(await extension.context.newPage(), extension);
  await tabB.open();
  const before = await snapshotExtensionData(tabA.page);
  const editButton = (tab: DashboardPage, title: string) =>
    tab.goalCard(title).getByRole('button', { name: 'Edit' });

  // Both open the editor on the same goal; B saves a new description and ticks a step.
  await editButton(tabA, 'Learn guitar').click();
  await editButton(tabB, 'Learn guitar').click();
  await tabB.fillGoalForm({ description: 'Songs first' });
  await tabB.saveGoalForm();
  await expect(tabB.dialog).toBeHidden();
  await tabB.step('Learn guitar', 'Learn three chords').click();
  await expect(tabB.step('Learn guitar', 'Learn three chords')).toBeChecked();

  // A, still editing, is told what changed under it, then saves a different field.
  const notice = tabA.dialog.getByTestId('goal-changed-elsewhere');
  await expect(notice).toContainText('Changed in another tab while you were editing');
  await expect(notice).toContainText('Description, Steps');
  const messageShown = await notice.innerText();
  await tabA.fillGoalForm({ whyItMatters: 'I want to play with friends' });
  await tabA.saveGoalForm();
  await expect(tabA.dialog).toBeHidden();

  // Nothing either tab saved is lost, in the database and on both screens.
  expect(await storedGoal(tabA.page, 'Learn guitar')).toMatchObject({
    description: 'Songs first',
    whyItMatters: 'I want to play with friends',
    steps: [expect.objectContaining({ text: 'Learn three chords', done: true })],
  });
  for (const tab of [tabA, tabB]) {
    const card = tab.goalCard('Learn guitar');
    await expect(card).toContainText('Songs first');
    await expect(card).toContainText('I want to play with friends');
    await expect(tab.step('Learn guitar', 'Learn three chords')).toBeChecked();
  }

  // Both change the title: the later save wins and both tabs show it.
  await editButton(tabA, 'Learn guitar').click();
  await editButton(tabB, 'Learn guitar').click();
  await tabB.fillGoalForm({ title: 'Learn bass' });
  await tabB.saveGoalForm();
  await expect(tabA.dialog.getByTestId('goal-changed-elsewhere')).toContainText('Title');
  await tabA.fillGoalForm({ title: 'Learn jazz guitar' });
  await tabA.saveGoalForm();
  await expect(tabA.dialog).toBeHidden();
  await tabA.expectGoalTitles(['Learn jazz guitar']);
  await tabB.expectGoalTitles(['Learn jazz guitar']);
  // The title edit kept everything else both tabs had saved.
  expect(await storedGoal(tabB.page, 'Learn jazz guitar')).toMatchObject({
    description: 'Songs first',
    whyItMatters: 'I want to play with friends',
    steps: [expect.objectContaining({ done: true })],
  });

  const after = await snapshotExtensionData(tabA.page);
  await reportFault(
    testInfo,
    faultReportFrom('two tabs edit the same goal at once', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing; every saved field kept (checked above)',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(tabA.errors).toEqual([]);
  expect(tabB.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});
