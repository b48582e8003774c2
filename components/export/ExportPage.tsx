import { DownloadBundleSection } from './DownloadBundleSection';
import { DriveSection } from './DriveSection';
import { RestoreBundleSection } from './RestoreBundleSection';
import { SeesawSection } from './SeesawSection';
import './export.css';

/** Backing up and moving a portfolio: download a ZIP bundle, get files for Seesaw, or restore a bundle. */
export function ExportPage() {
  return (
    <section aria-labelledby="export-heading" className="export-page">
      <h2 id="export-heading">Export</h2>
      <DownloadBundleSection />
      <SeesawSection />
      <DriveSection />
      <RestoreBundleSection />
    </section>
  );
}
