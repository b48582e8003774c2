import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';

/**
 * The toolbar popup. `chrome.action.openPopup()` fails headless, so the popup
 * page is opened as a tab; it runs the same code and talks to the same
 * service worker.
 */
export class PopupPage {
  page: Page | undefined;

  constructor(private readonly extension: ExtensionSession) {}

  async open(): Promise<Page> {
    this.page = await this.extension.context.newPage();
    await this.page.goto(this.extension.url('popup.html'));
    await expect(this.page.getByRole('heading', { name: 'My PLP' })).toBeVisible();
    return this.page;
  }

  activeGoals(): Locator {
    return this.requirePage().getByRole('list', { name: 'Active goals' }).getByRole('button');
  }

  button(name: string): Locator {
    return this.requirePage().getByRole('button', { name, exact: true });
  }

  private requirePage(): Page {
    if (!this.page) throw new Error('Call open() first');
    return this.page;
  }
}
