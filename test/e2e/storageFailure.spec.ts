import { test, expect } from './fixtures';
import { reportFault, faultReportFrom } from './faults/faultReport';
import { lostMediaBytes, snapshotExtensionData } from './faults/snapshotExtensionData';
import { watchUnhandledErrors } from './faults/watchUnhandledErrors';
import { installStorageFaults } from './injectStorageFaults';

test.beforeEach(async ({ extension }) => {
  await installStorageFaults(extension.context);
});

test('a full disk shows a clear banner, keeps the form open and changes nothing stored @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  await dashboard.reload(); // the fault wrapper is installed from the next load on
  await dashboard.createGoal({ title: 'Learn guitar', steps: ['Learn three chords'] });
  const before = await snapshotExtensionData(dashboard.page);

  await dashboard.page.evaluate(() => sessionStorage.setItem('plp-fault:failWrites', '1'));
  await dashboard.startNewGoal();
  await dashboard.fillGoalForm({ title: 'Learn piano' });
  await dashboard.saveGoalForm();
  const banner = dashboard.page.getByRole('alert').filter({ hasText: 'out of storage space' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('everything saved before it is safe');
  const messageShown = await banner.innerText();
  // The student's typing is not thrown away: the form stays open to retry.
  await expect(dashboard.dialog.getByLabel('Title')).toHaveValue('Learn piano');
  await dashboard.dialog.getByRole('button', { name: 'Cancel' }).click();

  // A step tick that can't be saved does not pretend it was.
  await dashboard.step('Learn guitar', 'Learn three chords').click();
  await expect(dashboard.step('Learn guitar', 'Learn three chords')).not.toBeChecked();

  // Space is freed: the banner can be dismissed and saving works again.
  await dashboard.page.evaluate(() => sessionStorage.removeItem('plp-fault:failWrites'));
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  await dashboard.reload();
  await dashboard.expectGoalTitles(['Learn guitar']);
  await expect(dashboard.step('Learn guitar', 'Learn three chords')).not.toBeChecked();
  const after = await snapshotExtensionData(dashboard.page);
  await reportFault(
    testInfo,
    faultReportFrom('disk full on a goal save and a step tick', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(after.records).toEqual(before.records);
  await dashboard.createGoal({ title: 'Learn piano' });
  await dashboard.expectGoalTitles(['Learn guitar', 'Learn piano']);
  expect(dashboard.errors).toEqual([]);
  expect(unhandled).toEqual([]);
});

test('when the browser refuses IndexedDB the page explains why instead of crashing @fault', async ({
  dashboard,
  extension,
}, testInfo) => {
  const unhandled = await watchUnhandledErrors(extension.context);
  await dashboard.createGoal({ title: 'Keep a reading log' });
  const before = await snapshotExtensionData(dashboard.page);
  await dashboard.page.evaluate(() => sessionStorage.setItem('plp-fault:failOpen', '1'));
  await dashboard.page.reload();
  const banner = dashboard.page.getByRole('alert');
  await expect(banner).toContainText('can’t save your plan');
  await expect(banner).toContainText('Nothing has been lost');
  const messageShown = await banner.innerText();
  expect(dashboard.errors).toEqual([]);

  // Storage works again in a normal tab: the goal was never touched.
  const fresh = await extension.context.newPage();
  await fresh.goto(extension.url('dashboard.html'));
  await expect(fresh.getByRole('heading', { name: 'Keep a reading log' })).toBeVisible();
  const after = await snapshotExtensionData(fresh);
  await reportFault(
    testInfo,
    faultReportFrom('browser refuses IndexedDB (open fails)', before, after, {
      lostBytes: lostMediaBytes(before, after),
      lostMeaning: 'media changed or missing',
      messageShown,
      unhandledErrors: unhandled,
    }),
  );
  expect(after.records).toEqual(before.records);
  expect(unhandled).toEqual([]);
});
