import { test, expect } from './fixtures';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { seedThroughDataLayer } from './seedThroughDataLayer';
import { EvidenceDetailPage } from './pages/EvidenceDetailPage';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

const SNAPSHOT_URL = 'https://example.org/biology/photosynthesis';

test('a snapshot clip: its saved copy in a sandbox, its links, and editing its title, note and tags', async ({
  dashboard,
}) => {
  const seeded = await seedThroughDataLayer(dashboard.page, {
    goals: [{ title: 'Become a stronger writer' }, { title: 'Understand living systems' }],
    evidence: [
      {
        kind: 'snapshot',
        title: 'How plants eat light',
        url: SNAPSHOT_URL,
        siteName: 'Example Biology',
        goals: ['Become a stronger writer'],
        savedCopyHtml:
          '<!DOCTYPE html><html><body><h1>Photosynthesis</h1><p>Plants turn light into sugar.</p></body></html>',
      },
    ],
  });
  const id = seeded.evidenceIds[0]!;
  const detail = new EvidenceDetailPage(dashboard);
  await detail.open(id);

  // The page heading is the clip's title, and focus lands on it.
  await expect(detail.heading('How plants eat light')).toBeFocused();

  // The saved copy shows inside a frame that may do nothing at all.
  const frame = dashboard.page.locator('iframe[title="Saved copy of How plants eat light"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(
    dashboard.page
      .frameLocator('iframe[title="Saved copy of How plants eat light"]')
      .getByText('Plants turn light into sugar.'),
  ).toBeVisible();

  const original = dashboard.page.getByRole('link', { name: 'Open the original page' });
  await expect(original).toHaveAttribute('href', SNAPSHOT_URL);
  await expect(original).toHaveAttribute('target', '_blank');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(
    dashboard.page.getByRole('link', { name: 'Open saved copy in a new tab' }),
  ).toHaveAttribute('href', `viewer.html#${encodeURIComponent(id)}`);
  await expect(detail.fact('Web address')).toHaveText(SNAPSHOT_URL);
  await expect(detail.fact('Site')).toHaveText('Example Biology');
  await expect(detail.fact('Type of clip')).toHaveText('Full-page snapshot (offline copy)');
  await expect(detail.fact('Size on this device')).toHaveText(/\d+ bytes|kB/);

  // A title or note that is too long is explained next to the field, and nothing is saved.
  await detail.titleInput.fill('t'.repeat(501));
  await detail.save();
  await expect(detail.titleInput).toBeFocused();
  await expect(detail.titleInput).toHaveAttribute('aria-invalid', 'true');
  await expect(detail.titleInput).toHaveAccessibleDescription(
    'The title is 1 character too long. Keep it to 500 characters or fewer.',
  );
  await expect(detail.saveStatus).toHaveText('');

  await detail.titleInput.fill('My photosynthesis summary');
  await detail.noteInput.fill('I can explain how light becomes food, in my own words.');
  await detail.goal('Understand living systems').check();
  await detail.skill('Clear and effective communication').check();
  await detail.save();
  await expect(detail.saveStatus).toHaveText('Saved.');
  await expect(detail.titleInput).not.toHaveAttribute('aria-invalid');
  await expect(detail.heading('My photosynthesis summary')).toBeVisible();

  await dashboard.page.reload();
  await expect(detail.heading('My photosynthesis summary')).toBeFocused();
  await expect(detail.titleInput).toHaveValue('My photosynthesis summary');
  await expect(detail.noteInput).toHaveValue(
    'I can explain how light becomes food, in my own words.',
  );
  await expect(detail.goal('Become a stronger writer')).toBeChecked();
  await expect(detail.goal('Understand living systems')).toBeChecked();
  await expect(detail.skill('Clear and effective communication')).toBeChecked();
  await expect(detail.skill('Self-direction')).not.toBeChecked();
  expect(dashboard.errors).toEqual([]);
});

test('a screenshot clip zooms with the buttons, the keyboard and Ctrl+wheel, and pans by dragging', async ({
  extension,
  dashboard,
}) => {
  const driver = await ClipDriver.create(extension);
  const source = await driver.openPage(server.url('/pages/wikipedia/source.html'), {
    width: 1200,
    height: 800,
  });
  await driver.clickToolbarButton(source);
  const clip = await driver.clip(source, 'visible');
  expect(clip, JSON.stringify(clip)).toMatchObject({ ok: true });
  if (!clip.ok) return;
  await source.close();

  const detail = new EvidenceDetailPage(dashboard);
  await detail.open(clip.evidenceId);
  await dashboard.page.bringToFront();
  await expect(detail.screenshot).toBeVisible();
  const natural = await detail.screenshot.evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(natural).toBe(1200);

  // It starts fitted to the page's width, which is narrower than the screenshot.
  await expect(detail.zoomButton('Fit')).toHaveAttribute('aria-pressed', 'true');
  const viewportWidth = await detail.screenshotViewport.evaluate((el) => el.clientWidth);
  expect(viewportWidth).toBeLessThan(natural);
  await detail.expectScreenshotWidth(viewportWidth);

  await detail.zoomButton('Zoom to 100%').click();
  await detail.expectScreenshotWidth(natural);
  await expect(dashboard.page.getByTestId('zoom-level')).toHaveText('100%');
  await expect(detail.zoomButton('Fit')).toHaveAttribute('aria-pressed', 'false');
  await detail.zoomButton('Zoom in').click();
  await detail.expectScreenshotWidth(natural * 1.1);
  await expect(dashboard.page.getByRole('status').filter({ hasText: 'Zoom 110%' })).toBeAttached();
  await detail.zoomButton('Zoom out').click();
  await detail.zoomButton('Zoom out').click();
  await detail.expectScreenshotWidth(natural * 0.9);
  await detail.zoomButton('Fit').click();
  await detail.expectScreenshotWidth(viewportWidth);

  // The keyboard, once the screenshot has focus: + zooms in, 1 is 100%, - zooms out, 0 fits.
  await detail.screenshotViewport.focus();
  await dashboard.page.keyboard.press('1');
  await detail.expectScreenshotWidth(natural);
  await dashboard.page.keyboard.press('+');
  await detail.expectScreenshotWidth(natural * 1.1);
  await dashboard.page.keyboard.press('-');
  await detail.expectScreenshotWidth(natural);
  await dashboard.page.keyboard.press('0');
  await detail.expectScreenshotWidth(viewportWidth);

  // Ctrl+wheel over the screenshot zooms it (not the page).
  const box = (await detail.screenshotViewport.boundingBox())!;
  await dashboard.page.mouse.move(box.x + box.width / 2, box.y + 100);
  await dashboard.page.keyboard.down('Control');
  await dashboard.page.mouse.wheel(0, -100);
  await dashboard.page.keyboard.up('Control');
  await expect.poll(() => detail.screenshotWidth()).toBeGreaterThan(viewportWidth + 10);

  // Dragging pans a zoomed-in screenshot.
  await detail.zoomButton('Zoom to 100%').click();
  await detail.zoomButton('Zoom in').click();
  await detail.expectScreenshotWidth(natural * 1.1);
  const scrollBefore = await detail.screenshotViewport.evaluate((el) => el.scrollLeft);
  await dashboard.page.mouse.move(box.x + box.width / 2, box.y + 100);
  await dashboard.page.mouse.down();
  await dashboard.page.mouse.move(box.x + box.width / 2 - 120, box.y + 60, { steps: 4 });
  await dashboard.page.mouse.up();
  await expect
    .poll(() => detail.screenshotViewport.evaluate((el) => el.scrollLeft))
    .toBe(scrollBefore + 120);
  expect(dashboard.errors).toEqual([]);
});

test('moving a clip to the trash leaves the library; its page then offers it back', async ({
  dashboard,
}) => {
  const seeded = await seedThroughDataLayer(dashboard.page, {
    evidence: [
      { kind: 'link', title: 'Volcano facts for my project', url: 'https://example.org/volcano' },
      { kind: 'link', title: 'A clip that stays', url: 'https://example.org/stays' },
    ],
  });
  const [id] = seeded.evidenceIds;
  const detail = new EvidenceDetailPage(dashboard);
  await detail.open(id!);
  await expect(detail.heading('Volcano facts for my project')).toBeFocused();
  await expect(dashboard.page.getByTestId('link-card')).toContainText(
    'https://example.org/volcano',
  );
  // A link clip has no saved copy to open.
  await expect(
    dashboard.page.getByRole('link', { name: 'Open saved copy in a new tab' }),
  ).toHaveCount(0);

  await dashboard.page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(dashboard.page).toHaveURL(/#\/evidence$/);
  const main = dashboard.page.getByRole('main');
  await expect(main.getByText('A clip that stays')).toBeVisible();
  await expect(main.getByText('Volcano facts for my project')).toHaveCount(0);

  // Its own address now says where it is, and puts it back.
  await detail.open(id!);
  await expect(detail.heading('This item is in the trash')).toBeFocused();
  await dashboard.page.getByRole('button', { name: 'Restore' }).click();
  await expect(detail.heading('Volcano facts for my project')).toBeFocused();

  // A clip that no longer exists gets a message, not a broken page.
  await detail.open('no-such-clip');
  await expect(detail.heading('This clip isn’t here any more')).toBeFocused();
  await expect(dashboard.page.getByRole('link', { name: 'Back to my evidence' })).toBeVisible();
  expect(dashboard.errors).toEqual([]);
});
