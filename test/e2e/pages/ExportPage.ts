import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Export page (#/export): download a bundle, restore one. Found by labels and roles. */
export class ExportPage {
  constructor(readonly page: Page) {}

  get summary(): Locator {
    return this.page.getByTestId('export-summary');
  }

  get downloadOutcome(): Locator {
    return this.page.getByTestId('export-outcome');
  }

  get restoreOutcome(): Locator {
    return this.page.getByTestId('restore-outcome');
  }

  async chooseScope(label: 'Everything' | 'Chosen goals' | 'A date range'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  /** Clicks "Download ZIP" and returns the download once the page hands it over. */
  async download(): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download ZIP' }).click();
    return downloaded;
  }

  async restore(filePath: string): Promise<void> {
    await this.page.getByLabel('Bundle file (.zip)').setInputFiles(filePath);
    const button = this.page.getByRole('button', { name: 'Restore', exact: true });
    await expect(button).toBeEnabled();
    await button.click();
  }
}
