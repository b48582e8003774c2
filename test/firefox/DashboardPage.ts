import type { ElementHandle, Page } from 'puppeteer-core';
import { startNavigation } from './launchFirefoxWithExtension';

/** What the smoke test reads back from IndexedDB, bypassing the app's own code. */
export interface StoredGoal {
  title: string;
  skillIds: string[];
}

/**
 * The dashboard as a user sees it, driven over WebDriver BiDi.
 *
 * Elements are found by their visible label text inside the page (label.control)
 * rather than by puppeteer's ARIA selectors, whose BiDi support differs between
 * Firefox versions, and rather than by ids, which React generates.
 */
export class DashboardPage {
  constructor(
    private readonly page: Page,
    private readonly url: string,
  ) {}

  /** Opens the dashboard and waits until the goals view has rendered from the database. */
  async open(): Promise<void> {
    startNavigation(this.page, this.url);
    try {
      await this.waitForGoalsView();
    } catch (error) {
      throw new Error(
        `The dashboard at ${this.url} did not show "My goals". Check that Firefox runs with ` +
          '--remote-allow-system-access and that the extension UUID pref matches the gecko id.',
        { cause: error },
      );
    }
  }

  /**
   * Reloads and waits for the new document's goals view. The marker set on the
   * old window tells the two documents apart, so we never read the old one.
   */
  async reload(): Promise<void> {
    await this.page.evaluate(() => {
      (window as { plpBeforeReload?: boolean }).plpBeforeReload = true;
    });
    // Not awaited for the same reason as goto: see startNavigation.
    this.page.reload().catch(() => undefined);
    await this.page.waitForFunction(
      () => !(window as { plpBeforeReload?: boolean }).plpBeforeReload,
      { polling: 100 },
    );
    await this.waitForGoalsView();
  }

  /** True when the first-run section ("Start your Personalized Learning Plan") is shown. */
  async showsEmptyState(): Promise<boolean> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('h3')].some(
        (h3) => h3.textContent === 'Start your Personalized Learning Plan',
      ),
    );
  }

  /** Fills and saves the goal form, opened with `openWith` ("New goal" or "Write my first goal"). */
  async createGoal(goal: { title: string; skillName: string; openWith: string }): Promise<void> {
    await this.clickButton(goal.openWith);
    await this.page.waitForSelector('dialog[open]');
    const title = await this.controlLabelled('Title');
    await title.type(goal.title);
    const skill = await this.controlLabelled(goal.skillName);
    await skill.click();
    await this.page.waitForFunction((el) => (el as HTMLInputElement).checked, {}, skill);
    await this.clickButton('Save goal');
    // The dialog closes only after the goal is written, or shows an inline error.
    await this.page.waitForFunction(() => !document.querySelector('dialog[open]'), {
      polling: 100,
    });
  }

  /** Waits until a goal card with this exact title is on the page. */
  async waitForGoalCard(title: string): Promise<void> {
    try {
      await this.page.waitForFunction(
        (wanted) =>
          [...document.querySelectorAll('li[data-testid="goal-card"] h3')].some(
            (h3) => h3.textContent === wanted,
          ),
        { polling: 100 },
        title,
      );
    } catch (error) {
      // "Waiting failed" alone says nothing; name what was on the page instead.
      const found = await this.goalCardTitles().catch(() => ['(page not readable)']);
      throw new Error(
        `No goal card titled "${title}". Cards on the page: ${JSON.stringify(found)}`,
        { cause: error },
      );
    }
  }

  async goalCardTitles(): Promise<string[]> {
    return this.page.$$eval('li[data-testid="goal-card"] h3', (headings) =>
      headings.map((h) => h.textContent ?? ''),
    );
  }

  /** Reads the `goals` store with the raw IndexedDB API, independent of Dexie and React. */
  async readStoredGoals(databaseName: string): Promise<StoredGoal[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<StoredGoal[]>((resolve, reject) => {
          // No version: open whatever version the app created, never upgrade it.
          const request = indexedDB.open(name);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const read = db.transaction('goals', 'readonly').objectStore('goals').getAll();
            read.onerror = () => reject(read.error);
            read.onsuccess = () => {
              db.close();
              resolve(
                (read.result as StoredGoal[]).map(({ title, skillIds }) => ({ title, skillIds })),
              );
            };
          };
        }),
      databaseName,
    );
  }

  private async waitForGoalsView(): Promise<void> {
    // "My goals" and its "New goal" button render only once the database is open
    // and the goals query has answered (before that: "Opening your plan…").
    await this.page.waitForFunction(
      () =>
        document.querySelector('#goals-heading') !== null &&
        [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'New goal'),
      { polling: 100 },
    );
  }

  private async clickButton(text: string): Promise<void> {
    const button = await this.page.evaluateHandle(
      (wanted) =>
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === wanted) ??
        null,
      text,
    );
    const element = button.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!element) throw new Error(`No button "${text}" on the dashboard`);
    await element.click();
  }

  /** The form control of the <label> whose text is exactly `text` (inside the open dialog). */
  private async controlLabelled(text: string): Promise<ElementHandle<HTMLInputElement>> {
    const control = await this.page.evaluateHandle(
      (wanted) =>
        [...document.querySelectorAll<HTMLLabelElement>('dialog[open] label')].find(
          (label) => label.textContent?.trim() === wanted,
        )?.control ?? null,
      text,
    );
    const element = control.asElement() as ElementHandle<HTMLInputElement> | null;
    if (!element) throw new Error(`No form control labelled "${text}" in the goal dialog`);
    return element;
  }
}
