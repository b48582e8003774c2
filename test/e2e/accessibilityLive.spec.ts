import { test, expect } from './fixtures';
import { auditWithAxe } from './axeAudit';
import { ClipDriver } from './clipDriver';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

/*
 * axe (WCAG 2.2 AA, no serious or critical findings) on UI that only exists
 * while something is happening, which accessibility.spec.ts's page-by-page
 * audit never reaches. Here: the region picker that a 'region' clip draws
 * over a web page. The live recorder's audit needs the fake media devices of
 * the `recording` project, so it is in recordingAccessibility.spec.ts.
 */

/** The host element WXT's createShadowRootUi makes, named in pickRegion.ts. */
const PICKER_HOST = 'plp-region-picker';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('the region picker over a web page has no serious or critical axe findings', async ({
  extension,
}) => {
  const driver = await ClipDriver.create(extension);
  const page = await driver.openPage(server.url('/pages/wikipedia/source.html'), {
    width: 1000,
    height: 800,
  });
  await driver.clickToolbarButton(page);
  const clipping = driver.clip(page, 'region');
  const picker = page.getByRole('dialog', { name: /select an area/i });
  await expect(picker).toBeVisible();

  // WXT's shadow root is open (its default mode), so axe walks into it. Only
  // the picker is ours: the copied Wikipedia page around it is not audited.
  expect(
    await page.locator(PICKER_HOST).evaluate((host) => host.shadowRoot !== null),
    'the picker shadow root is open',
  ).toBe(true);
  const audit = await auditWithAxe(page, PICKER_HOST);
  console.log('Region picker axe findings (any impact):', JSON.stringify(audit.all, null, 2));
  // Proof that axe looked inside the shadow root, not just at an empty host.
  expect(
    audit.passedTargets.filter((target) => target.startsWith(`${PICKER_HOST} >>> `)),
  ).not.toEqual([]);
  expect(audit.blocking, 'serious or critical axe violations in the region picker').toEqual([]);

  // Esc still cancels after the audit: nothing is clipped and the overlay goes.
  await page.keyboard.press('Escape');
  expect(await clipping).toMatchObject({ ok: false, failure: { reason: 'cancelled' } });
  await expect(picker).toHaveCount(0);
});
