import { test, expect } from './fixtures';
import type { DashboardPage } from './pages/DashboardPage';
import { seedThroughDataLayer, type SeedEvidence, type SeedGoal } from './seedThroughDataLayer';

/** The default framework, in its order: the map's rows. */
const SKILL_NAMES = [
  'Clear and effective communication',
  'Self-direction',
  'Creative and practical problem solving',
  'Responsible and involved citizenship',
  'Informed and integrative thinking',
];
const [COMM, SELF, PROBLEM, CITIZEN, INTEGRATIVE] = [
  'vt-communication',
  'vt-self-direction',
  'vt-problem-solving',
  'vt-citizenship',
  'vt-integrative-thinking',
] as const;

// Created in this order, so "Learn Spanish" has the lowest order but is
// achieved: the map must still put the active goals first.
const GOALS: SeedGoal[] = [
  { title: 'Learn Spanish', status: 'achieved' },
  { title: 'Run a 5K' },
  { title: 'Old hobby', status: 'archived' },
  { title: 'Build a birdhouse' },
];
/** Columns as the map shows them: active in order, then achieved; archived left out. */
const COLUMNS = ['Run a 5K', 'Build a birdhouse', 'Learn Spanish'];

// Seeded one minute apart, newest first: E1 is the newest.
const EVIDENCE: SeedEvidence[] = [
  { title: 'E1 first training log', goals: ['Run a 5K'], skillIds: [SELF] },
  { title: 'E2 pacing plan', goals: ['Run a 5K'], skillIds: [SELF, PROBLEM] },
  { title: 'E3 weekend schedule', goals: ['Run a 5K', 'Build a birdhouse'], skillIds: [SELF] },
  { title: 'E4 birdhouse drawing', goals: ['Build a birdhouse'], skillIds: [PROBLEM, INTEGRATIVE] },
  { title: 'E5 fixing the roof', goals: ['Build a birdhouse'], skillIds: [PROBLEM] },
  { title: 'E6 Spanish podcast', goals: ['Learn Spanish'], skillIds: [COMM] },
  { title: 'E7 Spanish club flyer', goals: ['Learn Spanish'], skillIds: [COMM, CITIZEN] },
  { title: 'E8 archived goal clip', goals: ['Old hobby'], skillIds: [COMM] },
  { title: 'E9 town meeting', skillIds: [CITIZEN] },
  { title: 'E10 race sign-up', goals: ['Run a 5K'] },
].map((item) => ({ kind: 'link' as const, ...item, note: `Note for ${item.title}` }));
// One item with a saved copy, so the panel's "Open saved copy" link is exercised.
EVIDENCE[1] = {
  ...EVIDENCE[1]!,
  kind: 'selection',
  savedCopyHtml: '<p>Negative splits: run the second half faster.</p>',
};

/** rows: skills in framework order; columns: COLUMNS. Written out, not computed, on purpose. */
const EXPECTED_CELLS = [
  [0, 0, 2],
  [3, 1, 0],
  [1, 2, 0],
  [0, 0, 1],
  [0, 1, 0],
];
/** Each item once per skill, including items of archived goals and with no goal. */
const EXPECTED_ROW_TOTALS = [3, 3, 3, 2, 1];
const EXPECTED_COLUMN_TOTALS = [4, 3, 2];

function cellName(count: number, skill: string, goal: string): string {
  const amount =
    count === 0 ? 'No evidence' : `${count} ${count === 1 ? 'piece' : 'pieces'} of evidence`;
  return `${amount} for ${skill} in ${goal}`;
}

/** Seeds, then reloads so the page reads the database afresh. */
async function seedAndOpenMap(
  dashboard: DashboardPage,
  goals: SeedGoal[],
  evidence: SeedEvidence[],
) {
  const result = await seedThroughDataLayer(dashboard.page, { goals, evidence });
  await dashboard.open('#/skills-map');
  await dashboard.page.reload();
  await expect(dashboard.page.getByRole('heading', { name: 'Skills map', level: 2 })).toBeVisible();
  return result;
}

test('the skills map counts seeded evidence per skill and goal, and lists a cell’s evidence', async ({
  dashboard,
}) => {
  await seedAndOpenMap(dashboard, GOALS, EVIDENCE);
  const page = dashboard.page;
  const table = page.getByRole('table', { name: /Evidence for each transferable skill/ });
  await expect(table).toBeVisible();
  await expect(page.getByTestId('skills-map-archived-note')).toContainText(
    'Archived goals are left out (you have 1 archived goal)',
  );

  await expect(table.getByRole('columnheader')).toHaveText([
    'Skill',
    'Run a 5K',
    'Build a birdhouse',
    'Learn Spanish (achieved)',
    'All evidence for the skill',
  ]);
  await expect(table.getByRole('rowheader')).toHaveText([
    ...SKILL_NAMES,
    'All evidence for the goal',
  ]);

  // Every cell: its number and its accessible name.
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(SKILL_NAMES.length + 2);
  for (const [s, skill] of SKILL_NAMES.entries()) {
    const row = rows.nth(s + 1);
    for (const [g, goal] of COLUMNS.entries()) {
      const count = EXPECTED_CELLS[s]![g]!;
      const button = row.getByRole('button', {
        name: cellName(count, skill, goal),
        exact: true,
      });
      await expect(button).toHaveText(String(count));
      await expect(button).toHaveAttribute('aria-pressed', 'false');
    }
    await expect(row.getByRole('cell').last()).toHaveText(String(EXPECTED_ROW_TOTALS[s]));
  }
  await expect(rows.last().getByRole('cell')).toHaveText([
    ...EXPECTED_COLUMN_TOTALS.map(String),
    String(EVIDENCE.length),
  ]);
  await expect(table.getByRole('button')).toHaveCount(SKILL_NAMES.length * COLUMNS.length);

  // A click shows exactly that cell's evidence, newest first, with kind, date and note.
  const panel = page.getByTestId('skills-map-panel');
  const items = panel.getByTestId('evidence-item');
  const selfIn5k = table.getByRole('button', { name: cellName(3, 'Self-direction', 'Run a 5K') });
  await selfIn5k.click();
  await expect(selfIn5k).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('heading', { name: 'Self-direction in Run a 5K' })).toBeVisible();
  await expect(items.getByRole('heading')).toHaveText([
    'E1 first training log',
    'E2 pacing plan',
    'E3 weekend schedule',
  ]);
  await expect(items.first()).toContainText('Link only');
  await expect(items.first()).toContainText('Note for E1 first training log');
  await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(items.first().getByRole('link', { name: 'Open saved copy' })).toHaveCount(0);
  await expect(items.nth(1)).toContainText('Selected text');
  const viewerOpened = page.context().waitForEvent('page');
  await items.nth(1).getByRole('link', { name: 'Open saved copy' }).click();
  const viewer = await viewerOpened;
  await expect(viewer.frameLocator('iframe').getByText('Negative splits')).toBeVisible();
  await viewer.close();

  // Enter on a focused cell does the same, and moves the pressed state.
  const problemInBirdhouse = table.getByRole('button', {
    name: cellName(2, 'Creative and practical problem solving', 'Build a birdhouse'),
  });
  await problemInBirdhouse.focus();
  await page.keyboard.press('Enter');
  await expect(problemInBirdhouse).toHaveAttribute('aria-pressed', 'true');
  await expect(selfIn5k).toHaveAttribute('aria-pressed', 'false');
  await expect(items.getByRole('heading')).toHaveText([
    'E4 birdhouse drawing',
    'E5 fixing the roof',
  ]);

  // Space on an empty cell says there is nothing yet.
  const citizenIn5k = table.getByRole('button', {
    name: cellName(0, 'Responsible and involved citizenship', 'Run a 5K'),
  });
  await citizenIn5k.focus();
  await page.keyboard.press(' ');
  await expect(citizenIn5k).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('status')).toHaveText(
    'No evidence for Responsible and involved citizenship in Run a 5K.',
  );
  await expect(items).toHaveCount(0);
  expect(dashboard.errors).toEqual([]);
});

test('the skills map explains what to do when there are no goals or no evidence yet', async ({
  dashboard,
}) => {
  await dashboard.open('#/skills-map');
  const page = dashboard.page;
  const empty = page.getByTestId('skills-map-empty-state');
  await expect(empty.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await expect(empty.getByRole('link', { name: 'My goals' })).toHaveAttribute('href', '#/goals');

  await seedAndOpenMap(dashboard, [{ title: 'Run a 5K' }], []);
  await expect(empty.getByRole('heading', { name: 'No evidence yet' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(dashboard.errors).toEqual([]);
});
