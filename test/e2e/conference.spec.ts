import { test, expect } from './fixtures';
import { ConferencePage } from './pages/ConferencePage';
import { seedThroughDataLayer } from './seedThroughDataLayer';

const SPANISH = 'Speak Spanish with confidence';
const ROBOT = 'Build a robot arm';
const OLD = 'Learn the ukulele';
const COMMUNICATION = 'vt-communication';
const PROBLEM_SOLVING = 'vt-problem-solving';

test('plans a conference, presents it by keyboard and comes back to the plan', async ({
  dashboard,
}) => {
  const { page } = dashboard;
  // Nothing in conference mode may reach the network: every image is a stored blob.
  const remoteRequests: string[] = [];
  page.on('request', (request) => {
    if (!/^(chrome-extension|blob|data):/.test(request.url())) remoteRequests.push(request.url());
  });
  const t0 = Date.now() - 10 * 86_400_000;
  const minutes = (n: number) => t0 + n * 60_000;
  await seedThroughDataLayer(page, {
    goals: [
      { title: SPANISH, category: 'academic', skillIds: [COMMUNICATION] },
      { title: ROBOT, category: 'career', status: 'achieved' },
      { title: OLD, status: 'archived' },
    ],
    evidence: [
      // Listed newest first on purpose: the conference tells each goal's story oldest first.
      {
        title: 'Podcast I transcribed',
        kind: 'selection',
        goals: [SPANISH],
        skillIds: [COMMUNICATION],
        text: 'Hola a todos, bienvenidos a nuestro podcast.',
        note: 'I can follow native speakers now.',
        capturedAt: minutes(3),
      },
      {
        title: 'Spanish club sign-up',
        goals: [SPANISH],
        skillIds: [COMMUNICATION],
        note: 'I joined the club to practise speaking every week.',
        capturedAt: minutes(1),
      },
      {
        title: 'Servo wiring notes',
        goals: [ROBOT],
        skillIds: [PROBLEM_SOLVING],
        capturedAt: minutes(5),
      },
      {
        title: 'Robot arm sketch',
        goals: [ROBOT],
        skillIds: [PROBLEM_SOLVING, COMMUNICATION],
        note: 'My first design, before I knew about torque.',
        capturedAt: minutes(4),
      },
      { title: 'Ukulele chords', goals: [OLD], capturedAt: minutes(2) },
    ],
    reflections: [
      {
        title: 'What the club taught me',
        note: 'Speaking in front of others got easier every week.',
        goals: [SPANISH],
        createdAt: minutes(6),
      },
    ],
  });

  const conference = new ConferencePage(page);
  await conference.openFromNav();
  // The app's header and nav are gone: the conference is a page of its own.
  await expect(page.getByRole('navigation', { name: 'Dashboard' })).toHaveCount(0);

  // Active and achieved goals start ticked, archived ones don't; every item starts ticked.
  await expect(conference.goalCheckbox(SPANISH)).toBeChecked();
  await expect(conference.goalCheckbox(ROBOT)).toBeChecked();
  await expect(conference.goalCheckbox(OLD)).not.toBeChecked();
  await expect(conference.itemCheckbox(ROBOT, 'Servo wiring notes')).toBeChecked();
  await expect(page.getByTestId('plan-summary')).toHaveText(/^9 slides/);

  await conference.itemCheckbox(ROBOT, 'Servo wiring notes').uncheck();
  await expect(page.getByTestId('plan-summary')).toHaveText(/^8 slides/);

  await conference.start();
  const total = 8;
  await conference.expectSlide(0, total);
  expect(await conference.current()).toBe('title: My Personalized Learning Plan');

  // Slides show; they never edit: no form fields, and only the presenter's buttons.
  await expect(
    conference.presentation.locator('input, textarea, select, [contenteditable]'),
  ).toHaveCount(0);
  await expect(conference.presentation.getByRole('button')).toHaveText([
    /Leave conference/,
    /Previous/,
    /Next/,
  ]);

  const seen = [await conference.current()];
  for (let index = 1; index < total; index += 1) {
    await page.keyboard.press('ArrowRight');
    await conference.expectSlide(index, total);
    seen.push(await conference.current());
    await expect(
      conference.presentation.locator('input, textarea, select, [contenteditable]'),
    ).toHaveCount(0);
    await expect(conference.presentation.getByRole('button', { name: /edit/i })).toHaveCount(0);
  }
  expect(seen).toEqual([
    'title: My Personalized Learning Plan',
    `goal: ${SPANISH}`,
    'item: Spanish club sign-up',
    'item: Podcast I transcribed',
    'item: What the club taught me',
    `goal: ${ROBOT}`,
    'item: Robot arm sketch',
    'skills: Skills my evidence shows',
  ]);
  expect(seen.join('\n')).not.toContain('Servo wiring notes');
  expect(seen.join('\n')).not.toContain(OLD);

  // The last slide counts skills over the shown items only (the unticked one is not counted).
  const skillRows = conference.slide.getByRole('listitem');
  await expect(skillRows.filter({ hasText: 'Clear and effective communication' })).toContainText(
    '3 pieces',
  );
  await expect(
    skillRows.filter({ hasText: 'Creative and practical problem solving' }),
  ).toContainText('1 piece');
  // Past the end stays on the end.
  await page.keyboard.press('ArrowRight');
  await conference.expectSlide(total - 1, total);

  await page.keyboard.press('Home');
  await conference.expectSlide(0, total);
  await page.keyboard.press('End');
  await conference.expectSlide(total - 1, total);
  await page.keyboard.press('ArrowLeft');
  await conference.expectSlide(6, total);
  await expect(conference.announcement).toHaveText(`Slide 7 of 8. ${ROBOT}: Robot arm sketch`);
  await expect(conference.slide.getByTestId('conference-note')).toHaveText(
    'My first design, before I knew about torque.',
  );
  await expect(conference.slide.getByRole('list').first()).toContainText(ROBOT);

  // The goal slide: category, status, steps.
  await page.keyboard.press('ArrowUp');
  await conference.expectSlide(5, total);
  await expect(conference.slide).toContainText('Career');
  await expect(conference.slide).toContainText('Achieved');
  await expect(conference.slide.getByTestId('conference-steps')).toHaveText('No steps planned yet');

  // The written reflection shows its words; the selection shows what was clipped.
  await page.keyboard.press('PageUp');
  await conference.expectSlide(4, total);
  await expect(conference.slide.getByRole('heading', { name: 'My reflection' })).toBeVisible();
  await expect(conference.slide.getByTestId('conference-note')).toHaveText(
    'Speaking in front of others got easier every week.',
  );
  await page.keyboard.press('Backspace');
  await conference.expectSlide(3, total);
  await expect(conference.slide.getByTestId('conference-excerpt')).toHaveText(
    'Hola a todos, bienvenidos a nuestro podcast.',
  );

  // The big buttons move too, and focus stays on them for the next press.
  await page.getByRole('button', { name: 'Next' }).click();
  await conference.expectSlide(4, total);
  await page.keyboard.press('Enter');
  await conference.expectSlide(5, total);
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(conference.planHeading).toBeVisible();
  await expect(conference.presentation).toHaveCount(0);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  // Back at the plan with every choice kept, ready to start again.
  await expect(conference.itemCheckbox(ROBOT, 'Servo wiring notes')).not.toBeChecked();
  await expect(conference.startButton).toBeFocused();

  await page.getByRole('link', { name: '← Back to dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'PLP Companion', level: 1 })).toBeVisible();
  expect(remoteRequests).toEqual([]);
  expect(dashboard.errors).toEqual([]);
});
