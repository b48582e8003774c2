import { test, expect } from './fixtures';

test('the popup lists active goals and opens the dashboard at the chosen goal', async ({
  dashboard,
  popup,
  extension,
}) => {
  await dashboard.createGoal({
    title: 'Build a birdhouse',
    steps: ['Draw a plan', 'Cut the wood'],
  });
  await dashboard.createGoal({ title: 'Learn chess openings' });
  await dashboard.createGoal({ title: 'Old goal' });
  await dashboard.goalAction('Old goal', 'Archive');
  await dashboard.step('Build a birdhouse', 'Draw a plan').check();

  const page = await popup.open();
  await expect(popup.activeGoals()).toHaveCount(2);
  await expect(popup.activeGoals().nth(0)).toContainText('Build a birdhouse');
  await expect(popup.activeGoals().nth(0)).toContainText('1 of 2 steps done');
  await expect(popup.activeGoals().nth(1)).toContainText('Learn chess openings');
  // Every button does something real: the clip kinds, recording, the goals, and the dashboard.
  await expect(page.getByRole('button')).toHaveText([
    'Screenshot of what I see',
    'Full-page screenshot',
    'Part of the screen',
    'Selected text',
    'Link only',
    'Readable article',
    'Full-page snapshot (offline copy)',
    'Record a reflection',
    /Build a birdhouse/,
    /Learn chess openings/,
    'Open dashboard',
    'New goal',
  ]);

  // The service worker focuses the open dashboard tab instead of opening another.
  const tabsBefore = extension.context.pages().length;
  await popup.activeGoals().nth(1).click();
  await expect(dashboard.page).toHaveURL(/#\/goal\//);
  // The goal's own page opens, with its title as the page heading.
  await expect(
    dashboard.page.getByRole('heading', { name: 'Learn chess openings', level: 2 }),
  ).toBeFocused();
  expect(extension.context.pages().filter((p) => p.url().includes('dashboard.html'))).toHaveLength(
    1,
  );
  expect(extension.context.pages().length).toBeLessThanOrEqual(tabsBefore);
});

test('the popup opens the dashboard when none is open, and "New goal" opens the form', async ({
  extension,
  popup,
}) => {
  await popup.open();
  await expect(popup.page!.getByText('You have no active goals yet')).toBeVisible();
  const opened = extension.context.waitForEvent('page');
  await popup.button('New goal').click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/dashboard\.html#\/new-goal$/);
  await expect(dashboard.getByRole('dialog')).toBeVisible();
  await expect(dashboard.getByRole('dialog').getByLabel('Title')).toBeFocused();
});
