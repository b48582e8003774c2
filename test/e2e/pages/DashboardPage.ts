import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';

export interface GoalDraft {
  title: string;
  category?: 'Academic' | 'Personal' | 'Career' | 'Civic';
  description?: string;
  whyItMatters?: string;
  skills?: string[];
  steps?: string[];
  targetDate?: string;
}

/** The dashboard as a student uses it: by visible labels and roles, never by CSS classes. */
export class DashboardPage {
  /** Uncaught errors and unhandled rejections in the page; tests assert it stays empty. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly extension: ExtensionSession,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(this.extension.url(`dashboard.html${hash}`));
    await expect(this.page.getByRole('heading', { name: 'PLP Companion', level: 1 })).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: 'My goals' })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get titleError(): Locator {
    return this.dialog.getByTestId('title-error');
  }

  goalCards(): Locator {
    return this.page.getByTestId('goal-card');
  }

  goalCard(title: string): Locator {
    return this.goalCards().filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }

  /** Retries until the list shows exactly these titles in this order (writes land asynchronously). */
  async expectGoalTitles(titles: string[]): Promise<void> {
    await expect(this.goalCards().getByRole('heading', { level: 3 })).toHaveText(titles);
  }

  async showFilter(status: 'Active' | 'Achieved' | 'Archived'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Goal status' })
      .getByRole('link', { name: new RegExp(`^${status}`) })
      .click();
  }

  /** Fills the goal form; the dialog must be open. */
  async fillGoalForm(goal: Partial<GoalDraft>): Promise<void> {
    const form = this.dialog;
    if (goal.title !== undefined) await form.getByLabel('Title').fill(goal.title);
    if (goal.category) await form.getByRole('radio', { name: new RegExp(goal.category) }).check();
    if (goal.description !== undefined) await form.getByLabel('Description').fill(goal.description);
    if (goal.whyItMatters !== undefined)
      await form.getByLabel('Why it matters to me').fill(goal.whyItMatters);
    for (const skill of goal.skills ?? [])
      await form.getByRole('checkbox', { name: skill }).check();
    for (const step of goal.steps ?? []) {
      await form.getByRole('button', { name: 'Add a step' }).click();
      const inputs = form.getByRole('textbox', { name: /^Step \d+$/ });
      await inputs.last().fill(step);
    }
    if (goal.targetDate) await form.getByLabel('Target date (optional)').fill(goal.targetDate);
  }

  async startNewGoal(): Promise<void> {
    await this.page.getByRole('button', { name: 'New goal' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async saveGoalForm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save goal' }).click();
  }

  async createGoal(goal: GoalDraft): Promise<void> {
    await this.startNewGoal();
    await this.fillGoalForm(goal);
    await this.saveGoalForm();
    await expect(this.dialog).toBeHidden();
    await expect(this.goalCard(goal.title)).toBeVisible();
  }

  async editGoal(title: string, changes: Partial<GoalDraft>): Promise<void> {
    await this.goalCard(title).getByRole('button', { name: 'Edit' }).click();
    await expect(this.dialog).toBeVisible();
    await this.fillGoalForm(changes);
    await this.saveGoalForm();
    await expect(this.dialog).toBeHidden();
  }

  async goalAction(title: string, action: string | RegExp): Promise<void> {
    await this.goalCard(title).getByRole('button', { name: action }).click();
  }

  step(title: string, stepText: string): Locator {
    return this.goalCard(title).getByRole('checkbox', { name: stepText });
  }
}
