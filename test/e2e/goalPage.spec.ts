import { test, expect } from './fixtures';
import type { ExtensionSession } from './launchExtension';
import type { DashboardPage } from './pages/DashboardPage';
import { GoalPage } from './pages/GoalPage';
import { readPlpStore } from './media/readPlpStore';
import { seedThroughDataLayer, type SeedInput } from './seedThroughDataLayer';

const [COMM, SELF, PROBLEM, CITIZEN, INTEGRATIVE] = [
  'vt-communication',
  'vt-self-direction',
  'vt-problem-solving',
  'vt-citizenship',
  'vt-integrative-thinking',
] as const;

/** Mid-month noon UTC, so no time zone moves an item into another month. */
const on = (day: string) => Date.parse(`${day}T12:00:00Z`);

const GOAL = 'Learn guitar';

// Seeded out of time order on purpose: the page must sort, not keep input order.
const SEED: SeedInput = {
  goals: [{ title: GOAL, skillIds: [SELF] }, { title: 'Run a 5K' }],
  evidence: [
    { title: 'Chord chart', goals: [GOAL], skillIds: [COMM, SELF], capturedAt: on('2025-10-14') },
    { title: 'First lesson notes', goals: [GOAL], skillIds: [SELF], capturedAt: on('2025-09-10') },
    { title: 'Recital program', goals: [GOAL], skillIds: [COMM], capturedAt: on('2026-01-20') },
    // Not this goal's, and in the trash: neither is on the page or counted.
    {
      title: 'Race sign-up',
      goals: ['Run a 5K'],
      skillIds: [PROBLEM],
      capturedAt: on('2025-10-01'),
    },
    {
      title: 'Thrown-away tab',
      goals: [GOAL],
      skillIds: [CITIZEN],
      capturedAt: on('2025-10-20'),
      trashedAgoMs: 60_000,
    },
  ],
  reflections: [
    {
      title: 'Why I practise',
      note: 'Practising every day is hard.',
      goals: [GOAL],
      skillIds: [SELF, INTEGRATIVE],
      createdAt: on('2025-10-16'),
    },
    { title: 'Week one', goals: [GOAL], createdAt: on('2025-09-12') },
    { title: 'Training diary', goals: ['Run a 5K'], skillIds: [SELF], createdAt: on('2025-09-30') },
  ],
};

/** Oldest first, as the timeline must show them. */
const TIMELINE = [
  'First lesson notes',
  'Week one',
  'Chord chart',
  'Why I practise',
  'Recital program',
];

async function seedGoal(
  dashboard: DashboardPage,
  extension: ExtensionSession,
): Promise<{ goalPage: GoalPage; goalId: string }> {
  const seeded = await seedThroughDataLayer(dashboard.page, SEED);
  const goalId = seeded.goalIds[GOAL]!;
  const goalPage = new GoalPage(dashboard.page, extension);
  await goalPage.open(goalId, GOAL);
  return { goalPage, goalId };
}

test('the timeline shows the goal’s evidence and reflections oldest first, by month', async ({
  dashboard,
  extension,
}) => {
  const { goalPage } = await seedGoal(dashboard, extension);
  await expect(goalPage.timelineTitles).toHaveText(TIMELINE);
  await expect(goalPage.timelineItems.first()).toHaveAttribute('data-kind', 'link');
  await expect(goalPage.timelineItems.nth(1)).toContainText('Written reflection');
  await expect(goalPage.timelineItems.nth(3)).toContainText('Practising every day is hard.');

  // Month headings in the browser's own words (its locale and zone, as the student sees them).
  const months = await dashboard.page.evaluate(
    (dates) => {
      const format = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long' });
      return dates.map((d) => format.format(d));
    },
    [on('2025-09-10'), on('2025-10-14'), on('2026-01-20')],
  );
  await expect(goalPage.monthHeadings).toHaveText(months);

  // Each entry opens its own page.
  await goalPage.timelineTitles.filter({ hasText: 'Why I practise' }).click();
  await expect(
    dashboard.page.getByRole('heading', { name: 'Why I practise', level: 2 }),
  ).toBeVisible();
  await dashboard.page.goBack();
  await goalPage.timelineTitles.filter({ hasText: 'Chord chart' }).click();
  await expect(dashboard.page).toHaveURL(/#\/evidence\/[^/]+$/);
  expect(dashboard.errors).toEqual([]);
});

test('evidence per skill counts this goal’s clips and reflections, zeros included', async ({
  dashboard,
  extension,
}) => {
  const { goalPage } = await seedGoal(dashboard, extension);
  const expected: [string, number][] = [
    [COMM, 2],
    [SELF, 3],
    [PROBLEM, 0],
    [CITIZEN, 0],
    [INTEGRATIVE, 1],
  ];
  await expect(goalPage.skillCounts).toHaveCount(expected.length);
  for (const [index, [skillId, count]] of expected.entries()) {
    const row = goalPage.skillCounts.nth(index);
    await expect(row).toHaveAttribute('data-skill-id', skillId);
    await expect(row).toHaveAttribute('data-count', String(count));
  }
  await expect(goalPage.skillCount(PROBLEM)).toContainText('None yet');
  await expect(goalPage.skillCount(SELF)).toContainText('(this goal’s skill)');
  expect(dashboard.errors).toEqual([]);
});

test('a step checked off on the goal page stays checked after a reload', async ({
  dashboard,
  extension,
}) => {
  await dashboard.createGoal({
    title: 'Build a birdhouse',
    description: 'A house for the wrens in our yard',
    whyItMatters: 'I want to use real tools',
    steps: ['Draw a plan', 'Buy the wood', 'Paint it'],
    targetDate: '2027-04-30',
  });
  // The card's title opens the goal page.
  await dashboard
    .goalCard('Build a birdhouse')
    .getByRole('link', { name: 'Build a birdhouse' })
    .click();
  const goalPage = new GoalPage(dashboard.page, extension);
  await goalPage.expectTitle('Build a birdhouse');
  await expect(dashboard.page.getByText('A house for the wrens in our yard')).toBeVisible();
  await expect(dashboard.page.getByText('I want to use real tools')).toBeVisible();
  await expect(goalPage.status).toHaveText('Active');

  await goalPage.step('Buy the wood').check();
  await expect(dashboard.page.getByText('1 of 3 done')).toBeVisible();
  await expect(goalPage.announcement).toHaveText('Step done.');

  await dashboard.page.reload();
  await goalPage.expectTitle('Build a birdhouse');
  await expect(goalPage.step('Buy the wood')).toBeChecked();
  await expect(goalPage.step('Draw a plan')).not.toBeChecked();

  // Edit works from the goal page as from the list.
  await goalPage.action('Edit').click();
  await dashboard.fillGoalForm({ title: 'Build a bat house' });
  await dashboard.saveGoalForm();
  await expect(dashboard.dialog).toBeHidden();
  await goalPage.expectTitle('Build a bat house');
  expect(dashboard.errors).toEqual([]);
});

test('a written reflection from “Reflect on this goal” joins the timeline', async ({
  dashboard,
  extension,
}) => {
  const { goalPage, goalId } = await seedGoal(dashboard, extension);
  await dashboard.page.getByRole('button', { name: 'Write a reflection' }).click();
  const form = goalPage.reflectionForm;
  await expect(form.getByLabel('Title')).toHaveValue(`Reflection on ${GOAL}`);
  // The default prompt set is shown as ideas, and the note field has focus.
  await expect(form.getByRole('listitem')).toHaveText([
    'What did I do?',
    'What did I learn?',
    'What evidence shows my growth?',
    'What is my next step?',
  ]);
  await expect(form.getByLabel('My reflection')).toBeFocused();

  await form.getByLabel('Title').fill('');
  await form.getByRole('button', { name: 'Save reflection' }).click();
  await expect(form.getByText(/Give your reflection a title/)).toBeVisible();

  await form.getByLabel('Title').fill('Playing for my family');
  await form.getByLabel('My reflection').fill('I played three songs without stopping.');
  await form.getByRole('checkbox', { name: 'Creative and practical problem solving' }).check();
  await form.getByRole('button', { name: 'Save reflection' }).click();
  await expect(form).toBeHidden();
  await expect(goalPage.announcement).toContainText('Playing for my family');

  await expect(goalPage.timelineTitles).toHaveText([...TIMELINE, 'Playing for my family']);
  await expect(goalPage.skillCount(PROBLEM)).toHaveAttribute('data-count', '1');
  const saved = (await readPlpStore(dashboard.page, 'reflections')).find(
    (r) => r.title === 'Playing for my family',
  );
  expect(saved).toMatchObject({
    kind: 'written',
    note: 'I played three songs without stopping.',
    goalIds: [goalId],
    skillIds: [PROBLEM],
    prompts: [
      'What did I do?',
      'What did I learn?',
      'What evidence shows my growth?',
      'What is my next step?',
    ],
  });
  expect(dashboard.errors).toEqual([]);
});

test('marking a goal achieved asks for a reflection with what it took and what’s next', async ({
  dashboard,
  extension,
}) => {
  const { goalPage, goalId } = await seedGoal(dashboard, extension);
  await goalPage.action('Mark achieved').click();
  const dialog = goalPage.achievedDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(`You achieved “${GOAL}”!`);
  await expect(dialog.getByLabel('What did it take?')).toBeFocused();
  // Modal: the page behind is inert, so focus can't wander onto the goal's own buttons.
  const archiveBehind = goalPage.action('Archive');
  await archiveBehind.focus();
  await expect(archiveBehind).not.toBeFocused();

  // Saving with nothing written says what to do instead of saving an empty reflection.
  await dialog.getByRole('button', { name: 'Save reflection' }).click();
  await expect(dialog.getByRole('alert')).toContainText('at least one question');

  await dialog.getByLabel('What did it take?').fill('Practising every evening for a year.');
  await dialog.getByLabel("What's next?").fill('Learning to read sheet music.');
  await dialog.getByRole('button', { name: 'Save reflection' }).click();
  await expect(dialog).toBeHidden();
  await expect(goalPage.status).toContainText('Achieved');
  await expect(goalPage.action('Reactivate')).toBeVisible();

  const title = `Reflection on achieving ${GOAL}`;
  await expect(goalPage.timelineTitles).toHaveText([...TIMELINE, title]);
  const saved = (await readPlpStore(dashboard.page, 'reflections')).filter(
    (r) => r.title === title,
  );
  expect(saved).toEqual([
    expect.objectContaining({
      kind: 'written',
      goalIds: [goalId],
      prompts: ['What did it take?', "What's next?"],
      note: "What did it take?\nPractising every evening for a year.\n\nWhat's next?\nLearning to read sheet music.",
      deletedAt: null,
    }),
  ]);

  // The reflection's own page shows the prompts it answered.
  await goalPage.timelineTitles.filter({ hasText: title }).click();
  await expect(dashboard.page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(
    dashboard.page.getByRole('listitem').filter({ hasText: 'What did it take?' }),
  ).toBeVisible();
  expect(dashboard.errors).toEqual([]);
});

test('achieving from the goal list asks too; “Not now” and “Record instead” save nothing', async ({
  dashboard,
}) => {
  const seeded = await seedThroughDataLayer(dashboard.page, {
    goals: [{ title: 'Run a 5K' }, { title: 'Read ten novels' }],
  });
  await dashboard.open('#/goals');
  await dashboard.goalAction('Run a 5K', 'Mark achieved');
  const dialog = dashboard.page.getByRole('dialog', { name: /^You achieved/ });
  await expect(dialog.getByRole('heading')).toContainText('You achieved “Run a 5K”!');
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toBeHidden();
  await dashboard.expectGoalTitles(['Read ten novels']);

  // Escape is "Not now" too.
  await dashboard.goalAction('Read ten novels', 'Mark achieved');
  await expect(dialog).toBeVisible();
  await dashboard.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await dashboard.expectGoalTitles([]);

  await dashboard.showFilter('Achieved');
  await dashboard.goalAction('Run a 5K', 'Make active again');
  await dashboard.showFilter('Active');
  await dashboard.goalAction('Run a 5K', 'Mark achieved');
  await dialog.getByRole('button', { name: 'Record a video reflection instead' }).click();
  await expect(dashboard.page).toHaveURL(
    new RegExp(`#/record\\?goal=${seeded.goalIds['Run a 5K']}$`),
  );
  expect(await readPlpStore(dashboard.page, 'reflections')).toEqual([]);
  expect(dashboard.errors).toEqual([]);
});
