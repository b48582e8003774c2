import { test, expect } from './fixtures';

test('the skills framework can be renamed, extended and trimmed, and goals follow', async ({
  dashboard,
}) => {
  await dashboard.createGoal({
    title: 'Lead the robotics team',
    skills: ['Self-direction', 'Responsible and involved citizenship'],
  });
  const page = dashboard.page;
  await page.getByRole('link', { name: 'Skills framework' }).click();
  const rows = page.getByTestId('skill-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.getByRole('strong')).toHaveText([
    'Clear and effective communication',
    'Self-direction',
    'Creative and practical problem solving',
    'Responsible and involved citizenship',
    'Informed and integrative thinking',
  ]);
  await expect(rows.nth(1)).toContainText('Used by 1 goal');

  // Rename
  await page.getByRole('button', { name: 'Rename Self-direction' }).click();
  await rows.nth(1).getByRole('textbox', { name: 'Skill name' }).fill('Self-direction and agency');
  await rows.nth(1).getByRole('button', { name: 'Save' }).click();
  await expect(rows.nth(1)).toContainText('Self-direction and agency');

  // Add, with the duplicate case explained inline
  const newSkill = page.getByRole('textbox', { name: 'New skill' });
  await newSkill.fill('self-direction and agency');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(newSkill).toHaveAccessibleDescription('There is already a skill with this name.');
  await newSkill.fill('Teamwork');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(5)).toContainText('Teamwork');

  // Remove: the student confirms, and the goal loses the tag.
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('It will be removed from 1 goal.');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Remove Responsible and involved citizenship' }).click();
  await expect(rows).toHaveCount(5);

  await page.getByRole('link', { name: 'My goals' }).click();
  await expect(
    dashboard.goalCard('Lead the robotics team').getByRole('list', { name: 'Skills' }),
  ).toHaveText('Self-direction and agency');
  // The goal form offers the edited framework.
  await dashboard.startNewGoal();
  await expect(dashboard.dialog.getByRole('checkbox', { name: 'Teamwork' })).toBeVisible();
  await expect(
    dashboard.dialog.getByRole('checkbox', { name: 'Responsible and involved citizenship' }),
  ).toHaveCount(0);
  expect(dashboard.errors).toEqual([]);
});
