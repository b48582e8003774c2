import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { ExportPage } from './pages/ExportPage';
import { GoalPage } from './pages/GoalPage';
import { LibraryPage } from './pages/LibraryPage';

// The privacy promise, checked end to end: a whole student journey (goal,
// clip, tag, reflection, search, ZIP export) in real Chromium makes no request
// that leaves this machine. Every request of the browser context is recorded:
// its pages, the clipped tab, windows the extension opens, and (Playwright
// 1.65 reports them by default in Chromium) the extension's service worker.

const GOAL = 'Understand how rivers shape land';
const CLIP_TITLE = 'How meanders form';
const LOCAL = /^(chrome-extension:|data:|blob:|https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/;

/** A page with its own stylesheet and image, all on the fixture server: clipping it is local. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${CLIP_TITLE}</title>
  <link rel="stylesheet" href="/meanders.css">
</head>
<body>
  <article>
    <h1>${CLIP_TITLE}</h1>
    <img src="/hostile/pixel.png" alt="A river bend" width="40" height="40">
    ${Array.from(
      { length: 6 },
      (_, index) =>
        `<p>Paragraph ${index + 1}: a river erodes the outside of each bend, where the water
        flows fastest, and drops sediment on the inside, where it slows down. Over many years
        the bends grow wider and the river swings across its valley in loops.</p>`,
    ).join('\n    ')}
  </article>
</body>
</html>`;

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/meanders.html', PAGE);
  server.route('/meanders.css', 'body { font-family: serif; }', 'text/css');
});
test.afterAll(async () => {
  await server.close();
});

interface Recorded {
  url: string;
  fromServiceWorker: boolean;
}

function originOf(url: string): string {
  if (/^(data|blob):/.test(url)) return url.slice(0, url.indexOf(':') + 1);
  try {
    const { protocol, host } = new URL(url);
    // URL.origin is "null" for chrome-extension: URLs.
    return `${protocol}//${host}`;
  } catch {
    return url;
  }
}

test('a full journey makes no request outside this machine', async ({ dashboard, extension }) => {
  // Goal, two clips, tagging, search, a reflection and an export: about 40 s alone on two cores,
  // more when another browser shares them.
  test.setTimeout(150_000);
  const recorded: Recorded[] = [];
  extension.context.on('request', (request: Request) =>
    recorded.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null }),
  );

  // The recorder must see the service worker's own requests, or the check
  // below would pass without looking: the worker fetches the fixture server once.
  const probe = server.url('/beacon/service-worker-probe');
  // no-cors: the worker has no host permission here, and only the request matters.
  await extension.serviceWorker.evaluate(
    (url) => fetch(url, { mode: 'no-cors' }).then(() => true),
    probe,
  );
  await expect.poll(() => recorded.some((r) => r.fromServiceWorker && r.url === probe)).toBe(true);

  // A goal.
  await dashboard.createGoal({ title: GOAL, category: 'Academic' });

  // Clip a page, as an article and as a screenshot.
  const driver = await ClipDriver.create(extension);
  const tab = await driver.openPage(server.url('/meanders.html'));
  await driver.clickToolbarButton(tab);
  const article = await driver.clip(tab, 'article');
  expect(article, JSON.stringify(article)).toMatchObject({ ok: true });
  const screenshot = await driver.clip(tab, 'visible');
  expect(screenshot, JSON.stringify(screenshot)).toMatchObject({ ok: true });

  // Tag both clips with the goal in the library, then search for one.
  const { page } = dashboard;
  const library = new LibraryPage(page);
  await dashboard.open('#/evidence');
  await library.expectCount(2);
  for (const item of await library.items.all()) await item.getByRole('checkbox').check();
  await library.tag(GOAL, 'Add tag');
  await expect(library.toast).toContainText(`Tagged 2 items with “${GOAL}”.`);
  await library.search.fill('sediment');
  await expect(library.count).toHaveAttribute('data-state', 'ready');
  await expect(library.items.first()).toBeVisible();

  // A written reflection on the goal's page.
  await dashboard.open('#/goals');
  await dashboard.goalCard(GOAL).getByRole('link', { name: GOAL }).click();
  const goalPage = new GoalPage(page, extension);
  await goalPage.expectTitle(GOAL);
  await page.getByRole('button', { name: 'Write a reflection' }).click();
  const form = goalPage.reflectionForm;
  await form.getByLabel('Title').fill('What meanders taught me');
  await form.getByLabel('My reflection').fill('Rivers move sideways, not just downhill.');
  await form.getByRole('button', { name: 'Save reflection' }).click();
  await expect(form).toBeHidden();
  await expect(goalPage.timelineTitles).toContainText(['What meanders taught me']);

  // Export everything as a ZIP.
  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  await expect(exportPage.summary).toContainText('2 evidence items');
  const download = await exportPage.download();
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  expect(await download.failure()).toBeNull();

  const perOrigin = new Map<string, number>();
  for (const { url, fromServiceWorker } of recorded) {
    const key = `${originOf(url)}${fromServiceWorker ? ' (service worker)' : ''}`;
    perOrigin.set(key, (perOrigin.get(key) ?? 0) + 1);
  }
  console.log(`Requests during the journey (${recorded.length}), by origin:`);
  console.table(Object.fromEntries(perOrigin));

  const remote = recorded.map((r) => r.url).filter((url) => !LOCAL.test(url));
  expect(remote).toEqual([]);
  expect(dashboard.errors).toEqual([]);
});
