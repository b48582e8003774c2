import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

// Every real-world page in test/fixtures/pages, clipped in every kind that applies.
const PAGES_DIR = path.resolve('test/fixtures/pages');
const PAGES = readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    name: entry.name,
    expected: JSON.parse(
      readFileSync(path.join(PAGES_DIR, entry.name, 'expected-metadata.json'), 'utf8'),
    ) as {
      title: string | null;
      byline: string | null;
      excerpt: string | null;
      readerable: boolean;
    },
  }));

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

for (const { name, expected } of PAGES) {
  test(`clips ${name} as an article, a screenshot, a link and a snapshot, with its metadata`, async ({
    extension,
  }) => {
    const driver = await ClipDriver.create(extension);
    const page = await driver.openPage(server.url(`/pages/${name}/source.html`));
    await driver.clickToolbarButton(page);

    const article = await driver.clip(page, 'article');
    if (expected.readerable) {
      expect(article, JSON.stringify(article)).toMatchObject({ ok: true });
      if (!article.ok) return;
      const stored = await driver.readClip(article.evidenceId);
      if (expected.title) expect(stored.evidence.title).toBe(expected.title);
      if (expected.byline) expect(stored.evidence.byline).toBe(expected.byline);
      if (expected.excerpt) expect(stored.evidence.excerpt).toBe(expected.excerpt);
      expect(stored.main?.mimeType).toBe('text/html');
      expect(stored.main?.text).not.toMatch(/<script/i);
      expect(String(stored.evidence.text).length).toBeGreaterThan(20);
      expect(stored.evidence.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }

    const shot = await driver.clip(page, 'visible');
    expect(shot, JSON.stringify(shot)).toMatchObject({ ok: true });
    if (!shot.ok) return;
    const screenshot = await driver.readClip(shot.evidenceId);
    const viewport = await page.evaluate(() => ({
      width: innerWidth,
      height: innerHeight,
      dpr: devicePixelRatio,
    }));
    expect(screenshot.main?.mimeType).toMatch(/^image\/(webp|jpeg)$/);
    expect(screenshot.main?.width).toBe(viewport.width * viewport.dpr);
    expect(screenshot.main?.height).toBe(viewport.height * viewport.dpr);
    expect(screenshot.thumbnail?.width).toBeLessThanOrEqual(320);
    expect(screenshot.evidence.url).toBe(server.url(`/pages/${name}/source.html`));
    if (expected.title && expected.title !== 'Document')
      expect(screenshot.evidence.pageTitle).toBeTruthy();

    const link = await driver.clip(page, 'link');
    expect(link).toMatchObject({ ok: true });

    // The offline snapshot is the whole page as MHTML, with its title and no way to run.
    const snapshot = await driver.clip(page, 'snapshot');
    expect(snapshot, JSON.stringify(snapshot)).toMatchObject({ ok: true });
    if (!snapshot.ok) return;
    const saved = await driver.readClip(snapshot.evidenceId);
    expect(saved.main?.mimeType).toBe('multipart/related');
    expect(saved.main?.size).toBeGreaterThan(1000);
    expect(saved.main?.text).toMatch(/^From: <Saved by Blink>|MIME-Version: 1\.0/m);
  });
}

test('a selection keeps its text, sanitized HTML and a link back to the passage', async ({
  extension,
}) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/wikipedia/source.html'));
  await driver.clickToolbarButton(page);
  // A paragraph far down the page, so following the link back has to scroll.
  const paragraph = page.locator('#mw-content-text p').nth(12);
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  const selected = (await paragraph.textContent())!.replace(/\s+/g, ' ').trim();
  const result = await driver.clip(page, 'selection');
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) return;
  const stored = await driver.readClip(result.evidenceId);
  expect(String(stored.evidence.text).replace(/\s+/g, ' ').trim()).toBe(selected);
  expect(stored.evidence.textFragmentUrl).toContain('#:~:text=');
  expect(stored.main?.text).toContain(selected.slice(0, 30));

  // The text-fragment link really scrolls back to the passage.
  const back = await extension.context.newPage();
  await back.goto(String(stored.evidence.textFragmentUrl));
  await expect.poll(() => back.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('an empty selection is explained, and nothing is stored', async ({ extension }) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/rtl-1/source.html'));
  await driver.clickToolbarButton(page);
  const result = await driver.clip(page, 'selection');
  expect(result).toMatchObject({ ok: false, failure: { reason: 'no-selection' } });
});
