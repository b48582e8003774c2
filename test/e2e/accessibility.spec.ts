import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { DashboardPage } from './pages/DashboardPage';
import { ConferencePage } from './pages/ConferencePage';
import { LibraryPage } from './pages/LibraryPage';
import { seedThroughDataLayer, type SeedInput } from './seedThroughDataLayer';

// WCAG 2.2 AA as axe checks it. Every page and main state of the extension is
// audited in real Chromium; serious and critical findings fail the test, and
// all findings (any impact) are printed and written to SUMMARY_FILE for review.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);
const SUMMARY_FILE = '/tmp/a11y-summary.json';
const SANDBOXED_FRAME = 'iframe[sandbox]';

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const audited = new Map<string, Finding[]>();
/** Rules axe could not decide by itself (e.g. contrast over an image), per page: for human review. */
const undecided = new Map<string, string[]>();

/** Runs axe on the page as it is now, records the findings and fails (softly) on serious ones. */
async function audit(page: Page, name: string): Promise<void> {
  // Clipped pages are shown in script-less sandboxed frames: their markup is the
  // clipped site's, and axe can't run inside them (its injection there never
  // returns and the run hangs). The frames themselves must still be named.
  const untitledFrames = await page
    .locator(SANDBOXED_FRAME)
    .evaluateAll((frames) => frames.filter((frame) => !frame.getAttribute('title')?.trim()).length);
  expect.soft(untitledFrames, `${name}: sandboxed frames without a title`).toBe(0);
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .exclude(SANDBOXED_FRAME)
    .analyze();
  const findings = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  audited.set(name, findings);
  undecided.set(
    name,
    results.incomplete.map(
      (result) => `${result.id}: ${result.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    ),
  );
  const blocking = findings.filter((finding) => BLOCKING.has(finding.impact));
  // Soft, so one page's findings don't hide the next page's.
  expect.soft(blocking, `${name}: serious or critical axe violations`).toEqual([]);
}

test.afterAll(() => {
  const rows = [...audited].map(([page, findings]) => {
    const count = (impact: string) => findings.filter((f) => f.impact === impact).length;
    return {
      page,
      critical: count('critical'),
      serious: count('serious'),
      moderate: count('moderate'),
      minor: count('minor'),
      rules: findings.map((f) => `${f.rule} (${f.impact}, ${f.targets.length})`).join(', '),
      review: (undecided.get(page) ?? []).map((entry) => entry.split(':')[0]).join(', '),
    };
  });
  console.log('Accessibility (axe, WCAG 2.2 AA) per page:');
  console.table(rows);
  // Workers each write their own pages into one file.
  const previous = existsSync(SUMMARY_FILE)
    ? (JSON.parse(readFileSync(SUMMARY_FILE, 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(
    SUMMARY_FILE,
    JSON.stringify(
      {
        ...previous,
        ...Object.fromEntries(
          [...audited].map(([page, violations]) => [
            page,
            { violations, needsReview: undecided.get(page) ?? [] },
          ]),
        ),
      },
      null,
      2,
    ),
  );
});

const GOAL = 'Understand volcanoes';
const PORTFOLIO: SeedInput = {
  goals: [
    { title: GOAL, category: 'academic', skillIds: ['vt-communication'] },
    { title: 'Learn the ukulele', status: 'achieved' },
  ],
  evidence: [
    {
      title: 'Volcano article',
      kind: 'article',
      goals: [GOAL],
      skillIds: ['vt-communication'],
      note: 'Magma rises because it is lighter than the rock around it.',
      url: 'https://example.org/volcano',
      savedCopyHtml:
        '<!doctype html><html lang="en"><head><title>Volcanoes</title></head>' +
        '<body><main><h1>Volcanoes</h1><p>Magma rises.</p></main></body></html>',
      text: 'Magma rises.',
    },
    { title: 'Lab notes', note: 'Measured the lava model.', goals: [GOAL] },
    { title: 'Old draft', trashedAgoMs: 60_000 },
  ],
  reflections: [{ title: 'What I learned about lava', note: 'It is very hot.', goals: [GOAL] }],
};

async function seedPortfolio(dashboard: DashboardPage) {
  const seeded = await seedThroughDataLayer(dashboard.page, PORTFOLIO);
  const articleId = seeded.evidenceIds[0]!;
  return { goalId: seeded.goalIds[GOAL]!, articleId, reflectionId: seeded.reflectionIds[0]! };
}

test('goals view: empty, with goals, and the goal editor', async ({ dashboard }) => {
  const { page } = dashboard;
  await expect(page.getByRole('heading', { name: 'My goals' })).toBeVisible();
  await audit(page, 'goals (empty)');

  await dashboard.startNewGoal();
  await audit(page, 'goal editor (dialog)');
  await dashboard.fillGoalForm({ title: 'Read more books', steps: ['Pick a book'] });
  await dashboard.saveGoalForm();
  await expect(dashboard.dialog).toBeHidden();

  await seedPortfolio(dashboard);
  await dashboard.reload();
  await expect(dashboard.goalCards().first()).toBeVisible();
  await audit(page, 'goals (with goals)');
});

test('goal page and its written reflection form', async ({ dashboard }) => {
  const { page } = dashboard;
  const { goalId } = await seedPortfolio(dashboard);
  await dashboard.open(`#/goal/${goalId}`);
  await expect(page.getByRole('heading', { level: 2, name: GOAL })).toBeVisible();
  await expect(page.getByTestId('timeline-item').first()).toBeVisible();
  await audit(page, 'goal page');

  await page.getByRole('button', { name: 'Write a reflection' }).click();
  await expect(page.getByRole('form', { name: /^Written reflection on / })).toBeVisible();
  await audit(page, 'goal page (reflection form)');

  await page
    .getByRole('group', { name: /^Actions for / })
    .getByRole('button', { name: 'Mark achieved' })
    .click();
  await expect(page.getByRole('dialog', { name: /^You achieved/ })).toBeVisible();
  await audit(page, 'goal page (achieved dialog)');
});

test('evidence library, evidence detail and trash', async ({ dashboard }) => {
  const { page } = dashboard;
  await dashboard.open('#/evidence');
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-state', 'ready');
  await audit(page, 'evidence library (empty)');
  const { articleId } = await seedPortfolio(dashboard);
  const library = new LibraryPage(page);

  await dashboard.open('#/evidence');
  await expect(library.count).toHaveAttribute('data-state', 'ready');
  await expect(library.item('Lab notes')).toBeVisible();
  await audit(page, 'evidence library');
  await library.select('Lab notes');
  await expect(library.bulkActions).toBeVisible();
  await audit(page, 'evidence library (selection)');
  await library.tag('Self-direction', 'Add tag');
  await expect(library.toast).toContainText('Tagged 1 item');
  await audit(page, 'evidence library (undo toast)');

  await dashboard.open(`#/evidence/${articleId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Volcano article' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'My notes and tags' })).toBeVisible();
  await audit(page, 'evidence detail');

  await dashboard.open('#/trash');
  await expect(page.getByRole('heading', { name: /^Trash/ })).toBeVisible();
  await expect(page.getByText('Old draft')).toBeVisible();
  await audit(page, 'trash');
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Empty the trash?' })).toBeVisible();
  await audit(page, 'trash (confirm dialog)');
});

test('skills, skills map, reflections, prompt sets and storage', async ({ dashboard }) => {
  const { page } = dashboard;
  const { reflectionId } = await seedPortfolio(dashboard);
  await dashboard.open('#/skills');
  await expect(page.getByRole('heading', { name: 'Skills framework' })).toBeVisible();
  await audit(page, 'skills');

  await dashboard.open('#/skills-map');
  await expect(page.getByRole('heading', { name: 'Skills map' })).toBeVisible();
  await audit(page, 'skills map');

  await dashboard.open('#/reflections');
  await expect(page.getByRole('heading', { name: 'My reflections' })).toBeVisible();
  await expect(page.getByText('What I learned about lava')).toBeVisible();
  await audit(page, 'reflections');

  await dashboard.open(`#/reflection/${reflectionId}`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'What I learned about lava' }),
  ).toBeVisible();
  await audit(page, 'reflection detail');

  await dashboard.open('#/prompt-sets');
  await expect(page.getByRole('heading', { name: 'Prompt sets' })).toBeVisible();
  await audit(page, 'prompt sets');

  await dashboard.open('#/goals/achieved');
  await expect(dashboard.goalCard('Learn the ukulele')).toBeVisible();
  await audit(page, 'goals (achieved filter)');

  await dashboard.open('#/storage');
  await expect(page.getByRole('heading', { name: 'Storage' })).toBeVisible();
  await audit(page, 'storage');
});

test('conference: the plan and a presented slide', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedPortfolio(dashboard);
  const conference = new ConferencePage(page);
  await conference.openFromNav();
  await expect(conference.goalCheckbox(GOAL)).toBeVisible();
  await audit(page, 'conference plan');

  await conference.start();
  await expect(conference.slide).toBeVisible();
  await audit(page, 'conference presentation');
});

test('export page', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedPortfolio(dashboard);
  await dashboard.open('#/export');
  await expect(page.getByTestId('export-summary')).toContainText('evidence');
  await audit(page, 'export');
});

test('recorder setup', async ({ dashboard }) => {
  const { page } = dashboard;
  await seedPortfolio(dashboard);
  await dashboard.open('#/record');
  await expect(page.getByRole('heading', { name: 'Record a reflection' })).toBeVisible();
  await audit(page, 'recorder setup');
});

test('popup and clip sheet', async ({ dashboard, popup, extension }) => {
  const popupPage = await popup.open();
  await audit(popupPage, 'popup (no goals)');
  const { articleId } = await seedPortfolio(dashboard);
  await popupPage.reload();
  await expect(popup.activeGoals().first()).toBeVisible();
  await audit(popupPage, 'popup');

  const sheet = await extension.context.newPage();
  await sheet.goto(extension.url(`clipsheet.html#clip/${articleId}`));
  await expect(sheet.getByRole('heading', { name: /Clip saved/ })).toBeVisible();
  await audit(sheet, 'clip sheet');
  await sheet.goto(extension.url('clipsheet.html#failed/pdf-viewer/1/1'));
  await sheet.reload();
  await expect(sheet.getByText(/PDFs open in the browser/)).toBeVisible();
  await audit(sheet, 'clip sheet (failed clip)');
});

test('viewer', async ({ dashboard, extension }) => {
  const { articleId } = await seedPortfolio(dashboard);
  const viewer = await extension.context.newPage();
  await viewer.goto(extension.url(`viewer.html#${articleId}`));
  await expect(viewer.getByRole('heading', { level: 1, name: 'Volcano article' })).toBeVisible();
  await expect(viewer.locator(SANDBOXED_FRAME)).toBeVisible();
  await audit(viewer, 'viewer');
});
