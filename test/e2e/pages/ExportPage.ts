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

  /** The bundle section's own scope; the Seesaw and Drive sections have scope choices too. */
  async chooseScope(label: 'Everything' | 'Chosen goals' | 'A date range'): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Download a bundle' })
      .getByRole('radio', { name: label })
      .check();
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

  // --- Post to Seesaw (exportSeesaw.spec.ts) ---

  get seesawSection(): Locator {
    return this.page.getByRole('region', { name: 'Post to Seesaw' });
  }

  get seesawSummary(): Locator {
    return this.page.getByTestId('seesaw-summary');
  }

  get seesawAnnouncer(): Locator {
    return this.page.getByTestId('seesaw-announcer');
  }

  get seesawOutcome(): Locator {
    return this.page.getByTestId('seesaw-outcome');
  }

  /** The row of one planned file, found by its file name heading. */
  seesawFile(fileName: string | RegExp): Locator {
    return this.seesawSection
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: fileName }) });
  }

  async copySeesawCaption(fileName: string | RegExp): Promise<void> {
    await this.seesawFile(fileName)
      .getByRole('button', { name: /^Copy caption/ })
      .click();
  }

  async downloadSeesawFile(fileName: string | RegExp): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.seesawFile(fileName)
      .getByRole('button', { name: /^Download/ })
      .click();
    return downloaded;
  }

  async downloadSeesawZip(): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.seesawSection.getByRole('button', { name: 'Download all for Seesaw (ZIP)' }).click();
    return downloaded;
  }

  // Google Drive (components/export/DriveSection.tsx)

  get driveSection(): Locator {
    return this.page.getByRole('region', { name: 'Google Drive' });
  }

  /** The newest Drive export job; its data-status is the job's status. */
  get driveJob(): Locator {
    return this.page.getByTestId('drive-job');
  }

  get driveOutcome(): Locator {
    return this.page.getByTestId('drive-outcome');
  }

  /** Signs in through launchWebAuthFlow (the Drive emulator grants at once). */
  async connectDrive(): Promise<void> {
    await this.driveSection.getByRole('button', { name: 'Connect Google Drive' }).click();
    await expect(this.driveSection.getByText('Connected to Google Drive.')).toBeVisible();
  }

  /** Starts an export of the chosen scope and waits until the job reaches `status`. */
  async exportToDrive(
    status: 'done' | 'failed' | 'paused-auth' | 'cancelled' = 'done',
    timeout = 60_000,
  ): Promise<void> {
    const previous =
      (await this.driveJob.count()) > 0 ? await this.driveJob.getAttribute('data-job-id') : null;
    await this.driveSection.getByRole('button', { name: 'Export to Google Drive' }).click();
    if (previous !== null) {
      await expect(this.driveJob).not.toHaveAttribute('data-job-id', previous);
    }
    await expect(this.driveJob).toHaveAttribute('data-status', status, { timeout });
  }
}
