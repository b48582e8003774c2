import { expect, type Locator, type Page } from '@playwright/test';

/** Conference mode as a student drives it: by labels, roles and the slide test ids. */
export class ConferencePage {
  constructor(readonly page: Page) {}

  get planHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Plan your conference', level: 1 });
  }

  get presentation(): Locator {
    return this.page.getByTestId('conference-presentation');
  }

  get slide(): Locator {
    return this.page.getByTestId('conference-slide');
  }

  get counter(): Locator {
    return this.page.getByTestId('conference-counter');
  }

  get announcement(): Locator {
    return this.page.getByTestId('conference-announcement');
  }

  get startButton(): Locator {
    return this.page.getByRole('button', { name: 'Start conference' });
  }

  /** Opens conference mode from the dashboard's nav (the dashboard must be open). */
  async openFromNav(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: 'Conference' })
      .click();
    await expect(this.planHeading).toBeVisible();
  }

  goalCheckbox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${title}\\b`) });
  }

  /** An item's checkbox within one goal's list. */
  itemCheckbox(goalTitle: string, itemTitle: string): Locator {
    return this.page
      .getByRole('group', { name: `Evidence and reflections to show for “${goalTitle}”` })
      .getByRole('checkbox', { name: new RegExp(`^${itemTitle}\\b`) });
  }

  async start(): Promise<void> {
    await this.startButton.click();
    await expect(this.presentation).toBeVisible();
  }

  /** Waits until slide `index` (0-based) of `total` is showing. */
  async expectSlide(index: number, total: number): Promise<void> {
    await expect(this.slide).toHaveAttribute('data-index', String(index));
    await expect(this.counter).toHaveText(`${index + 1} / ${total}`);
  }

  /** What the current slide is: its kind and heading. */
  async current(): Promise<string> {
    const kind = await this.slide.getAttribute('data-kind');
    const heading = await this.slide.getByRole('heading', { level: 1 }).textContent();
    return `${kind}: ${heading}`;
  }
}
