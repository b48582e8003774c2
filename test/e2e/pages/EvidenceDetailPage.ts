import { expect, type Locator, type Page } from '@playwright/test';
import type { DashboardPage } from './DashboardPage';

/** The `#/evidence/<id>` page as a student uses it: by headings, labels and roles. */
export class EvidenceDetailPage {
  readonly page: Page;

  constructor(private readonly dashboard: DashboardPage) {
    this.page = dashboard.page;
  }

  async open(evidenceId: string): Promise<void> {
    await this.dashboard.open(`#/evidence/${encodeURIComponent(evidenceId)}`);
  }

  /** The page heading (the clip's title), which takes focus when the page opens. */
  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'My notes and tags' });
  }

  get titleInput(): Locator {
    return this.form.getByLabel('Title', { exact: true });
  }

  get noteInput(): Locator {
    return this.form.getByLabel('What does this show about my learning?');
  }

  goal(title: string): Locator {
    return this.form
      .getByRole('group', { name: 'Goals this is evidence for' })
      .getByRole('checkbox', { name: title });
  }

  skill(name: string): Locator {
    return this.form
      .getByRole('group', { name: 'Skills it shows' })
      .getByRole('checkbox', { name });
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save changes' }).click();
  }

  get saveStatus(): Locator {
    return this.form.getByRole('status');
  }

  /** One line of "About this clip", by its label. */
  fact(label: string): Locator {
    return this.page
      .getByTestId('evidence-facts')
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: label }) })
      .getByRole('definition');
  }

  get screenshot(): Locator {
    return this.page.getByRole('img', { name: /^Screenshot of / });
  }

  get screenshotViewport(): Locator {
    return this.page.getByRole('region', { name: 'Screenshot', exact: true });
  }

  zoomButton(name: 'Zoom in' | 'Zoom out' | 'Fit' | 'Zoom to 100%'): Locator {
    return this.page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name });
  }

  /** The screenshot's rendered width in CSS pixels. */
  async screenshotWidth(): Promise<number> {
    return this.screenshot.evaluate((img) => img.getBoundingClientRect().width);
  }

  /** Waits for the screenshot to be drawn `width` CSS pixels wide (the page rounds to whole pixels). */
  async expectScreenshotWidth(width: number): Promise<void> {
    await expect.poll(async () => Math.round(await this.screenshotWidth())).toBe(Math.round(width));
  }
}
