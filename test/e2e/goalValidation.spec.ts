import { test, expect } from './fixtures';

test('the goal form explains empty, too-long and duplicate titles inline, and stores nothing', async ({
  dashboard,
}) => {
  await dashboard.createGoal({ title: 'Learn to code', skills: ['Self-direction'] });

  await dashboard.startNewGoal();
  await dashboard.saveGoalForm();
  await expect(dashboard.titleError).toHaveText(/Give your goal a title/);
  const title = dashboard.dialog.getByLabel('Title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  // The message is tied to the field for screen readers.
  await expect(title).toHaveAccessibleDescription(/Give your goal a title/);

  await dashboard.fillGoalForm({ title: 'x'.repeat(121) });
  await expect(dashboard.dialog.getByText('121/120 characters')).toBeVisible();
  await dashboard.saveGoalForm();
  await expect(dashboard.titleError).toHaveText(/120 characters or fewer/);

  await dashboard.fillGoalForm({ title: '  LEARN to   code ' });
  await dashboard.saveGoalForm();
  await expect(dashboard.titleError).toHaveText(/already have a goal with this title/);

  // Cancel leaves the stored goals exactly as they were.
  await dashboard.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.dialog).toBeHidden();
  await dashboard.reload();
  await dashboard.expectGoalTitles(['Learn to code']);

  // An archived goal's title is also taken, and the message says where it is.
  await dashboard.goalAction('Learn to code', 'Archive');
  await dashboard.startNewGoal();
  await dashboard.fillGoalForm({ title: 'Learn to code' });
  await dashboard.saveGoalForm();
  await expect(dashboard.titleError).toHaveText(/archived goal with this title/);
  expect(dashboard.errors).toEqual([]);
});

test('editing a goal to another goal’s title is refused', async ({ dashboard }) => {
  await dashboard.createGoal({ title: 'Read ten books' });
  await dashboard.createGoal({ title: 'Write a short story' });
  await dashboard.goalCard('Write a short story').getByRole('button', { name: 'Edit' }).click();
  await dashboard.fillGoalForm({ title: 'Read ten books' });
  await dashboard.saveGoalForm();
  await expect(dashboard.titleError).toHaveText(/already have a goal/);
  await dashboard.fillGoalForm({ title: 'Write two short stories' });
  await dashboard.saveGoalForm();
  await expect(dashboard.dialog).toBeHidden();
  await dashboard.expectGoalTitles(['Read ten books', 'Write two short stories']);
});
