import { expect, type Locator, type Page } from '@playwright/test';

type FilterTestId = 'filter-goal' | 'filter-skill' | 'filter-kind' | 'library-sort';

/**
 * The evidence library (#/evidence) and the trash (#/trash) on a dashboard
 * tab. Items are found by their visible titles; the test ids are the
 * library's published contract (components/library).
 */
export class LibraryPage {
  constructor(readonly page: Page) {}

  get count(): Locator {
    return this.page.getByTestId('library-count');
  }

  get items(): Locator {
    return this.page.getByTestId('library-item');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search evidence' });
  }

  get toast(): Locator {
    return this.page.getByTestId('undo-toast');
  }

  get bulkActions(): Locator {
    return this.page.getByRole('group', { name: 'Selected items' });
  }

  item(title: string): Locator {
    return this.items.filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }

  /** Waits until the list answers the current filters with exactly `count` results. */
  async expectCount(count: number): Promise<void> {
    await expect(this.count).toHaveAttribute('data-state', 'ready');
    await expect(this.count).toHaveAttribute('data-count', String(count));
  }

  /** Waits for exactly these titles, in this order (rendered rows of a short list). */
  async expectTitles(titles: string[]): Promise<void> {
    await this.expectCount(titles.length);
    await expect(this.items.getByRole('heading', { level: 3 })).toHaveText(titles);
  }

  async filter(testId: FilterTestId, label: string): Promise<void> {
    await this.page.getByTestId(testId).selectOption({ label });
  }

  async setDate(which: 'from' | 'to', isoDay: string): Promise<void> {
    await this.page.getByTestId(`filter-${which}`).fill(isoDay);
  }

  async select(title: string): Promise<void> {
    await this.item(title).getByRole('checkbox').check();
  }

  async tag(name: string, action: 'Add tag' | 'Remove tag'): Promise<void> {
    await this.bulkActions.getByLabel('Goal or skill').selectOption({ label: name });
    await this.bulkActions.getByRole('button', { name: action }).click();
  }

  /** The chips an item shows under "Goals" or "Skills". */
  chips(title: string, list: 'Goals' | 'Skills'): Locator {
    return this.item(title).getByRole('list', { name: list }).getByRole('listitem');
  }

  async undo(): Promise<void> {
    await this.toast.getByRole('button', { name: 'Undo' }).click();
  }

  get trashLink(): Locator {
    return this.page.getByRole('link', { name: /^Trash \(\d+\)$/ });
  }
}
