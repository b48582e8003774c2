import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';

/** One goal's page (#/goal/<id>), by visible labels and roles plus the page's test ids. */
export class GoalPage {
  constructor(
    readonly page: Page,
    private readonly extension: ExtensionSession,
  ) {}

  async open(goalId: string, title: string): Promise<void> {
    await this.page.goto(this.extension.url(`dashboard.html#/goal/${encodeURIComponent(goalId)}`));
    await this.expectTitle(title);
  }

  async expectTitle(title: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 2, name: title, exact: true }),
    ).toBeVisible();
  }

  get timelineItems(): Locator {
    return this.page.getByTestId('timeline-item');
  }

  /** The titles of the timeline's items, in the order shown. */
  get timelineTitles(): Locator {
    return this.timelineItems.getByRole('link');
  }

  get monthHeadings(): Locator {
    return this.page.getByRole('region', { name: 'Timeline' }).getByRole('heading', { level: 4 });
  }

  skillCount(skillId: string): Locator {
    return this.page.locator(`[data-testid="goal-skill-count"][data-skill-id="${skillId}"]`);
  }

  get skillCounts(): Locator {
    return this.page.getByTestId('goal-skill-count');
  }

  step(text: string): Locator {
    return this.page.getByRole('group', { name: /^Steps/ }).getByRole('checkbox', { name: text });
  }

  action(name: string): Locator {
    return this.page.getByRole('group', { name: /^Actions for / }).getByRole('button', { name });
  }

  get reflectionForm(): Locator {
    return this.page.getByRole('form', { name: /^Written reflection on / });
  }

  get achievedDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^You achieved/ });
  }

  get status(): Locator {
    return this.page.getByTestId('goal-status');
  }

  get announcement(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }
}
