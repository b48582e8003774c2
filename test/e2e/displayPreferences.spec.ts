import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedThroughDataLayer } from './seedThroughDataLayer';

/*
 * The student's display settings: "reduce motion" stops the extension's
 * animations and transitions, and text at 200% (WCAG 1.4.4 Resize Text)
 * leaves every main page usable without scrolling sideways.
 */

/**
 * A recording indicator and a microphone meter, made with the app's own
 * classes: the two things that move in the recorder (a pulse and a sliding
 * fill), without needing a live recording in this project.
 */
async function addMovingParts(page: Page): Promise<{ dot: Locator; meter: Locator }> {
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.id = 'motion-probe';
    holder.innerHTML =
      '<span class="rec-indicator rec-indicator-recording"><span class="rec-dot"></span>Recording</span>' +
      '<div class="mic-meter"><div class="mic-meter-fill" style="width: 40%"></div></div>';
    document.body.append(holder);
  });
  return {
    dot: page.locator('#motion-probe .rec-dot'),
    meter: page.locator('#motion-probe .mic-meter-fill'),
  };
}

const motion = (target: Locator) =>
  target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { animationName: style.animationName, transitionDuration: style.transitionDuration };
  });

test('the recording pulse and meter move normally and stand still with reduced motion', async ({
  dashboard,
}) => {
  const { page } = dashboard;
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const { dot, meter } = await addMovingParts(page);
  // The probe really is animated without the preference, so the check below can fail.
  expect((await motion(dot)).animationName).toBe('rec-pulse');
  expect((await motion(meter)).transitionDuration).not.toBe('0s');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await motion(dot)).animationName).toBe('none');
  expect((await motion(meter)).transitionDuration).toBe('0s');
  const smooth = await page.evaluate(
    () => getComputedStyle(document.documentElement).scrollBehavior,
  );
  expect(smooth).toBe('auto');
});

/** Text at 200%: the app sizes in rem, so the root font size is the browser's text size. */
async function zoomText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

/** The page does not scroll sideways, and each control is shown within the viewport's width. */
async function expectUsable(page: Page, name: string, controls: Locator[]): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect
    .soft(widths.scroll, `${name}: page width at 200% text`)
    .toBeLessThanOrEqual(widths.client + 1);
  for (const control of controls) {
    await expect.soft(control, `${name}: ${String(control)}`).toBeVisible();
    const box = await control.boundingBox();
    expect
      .soft(
        box && box.x >= 0 && box.x + box.width <= widths.client + 1,
        `${name}: ${String(control)} fits`,
      )
      .toBe(true);
  }
}

test('every main page works with text at 200% on a 1280x800 screen', async ({ dashboard }) => {
  const { page } = dashboard;
  await page.setViewportSize({ width: 1280, height: 800 });
  const seeded = await seedThroughDataLayer(page, {
    goals: [{ title: 'Understand volcanoes and how they shape the land around them' }],
    evidence: [
      {
        title: 'Volcano article with a rather long title that has to wrap somewhere',
        goals: ['Understand volcanoes and how they shape the land around them'],
        kind: 'article',
        url: 'https://example.org/a/very/long/address/that/should/wrap/instead/of/widening/the/page',
      },
    ],
    reflections: [{ title: 'What I learned about lava', note: 'It is very hot.' }],
  });
  const goalId = Object.values(seeded.goalIds)[0]!;
  const button = (name: string | RegExp) => page.getByRole('button', { name }).first();

  const pages: { hash: string; name: string; ready: Locator; controls: Locator[] }[] = [
    {
      hash: '#/goals',
      name: 'Goals',
      ready: page.getByRole('heading', { name: 'My goals' }),
      controls: [
        button('New goal'),
        page.getByTestId('goal-card').getByRole('button', { name: 'Edit' }),
      ],
    },
    {
      hash: '#/evidence',
      name: 'Evidence library',
      ready: page.getByTestId('library-item').first(),
      controls: [
        page.getByRole('searchbox', { name: 'Search evidence' }),
        page.getByTestId('library-item').first(),
      ],
    },
    {
      hash: `#/goal/${encodeURIComponent(goalId)}`,
      name: 'Goal page',
      ready: page.getByRole('heading', { level: 2 }).first(),
      controls: [page.getByRole('heading', { level: 2 }).first()],
    },
    {
      hash: '#/export',
      name: 'Export',
      ready: button('Download ZIP'),
      controls: [
        button('Download ZIP'),
        page.getByRole('button', { name: 'Restore', exact: true }),
      ],
    },
    {
      hash: '#/record',
      name: 'Recorder setup',
      ready: page.getByTestId('record-start'),
      controls: [page.getByTestId('record-start'), page.getByTestId('record-title')],
    },
  ];
  for (const target of pages) {
    await dashboard.open(target.hash);
    await expect(target.ready).toBeVisible();
    await zoomText(page);
    await expectUsable(page, target.name, [
      page.getByRole('navigation').first(),
      ...target.controls,
    ]);
  }
  expect(dashboard.errors).toEqual([]);
});
