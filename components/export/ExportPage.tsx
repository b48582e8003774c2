import { DownloadBundleSection } from './DownloadBundleSection';
import { RestoreBundleSection } from './RestoreBundleSection';
import './export.css';

/** Backing up and moving a portfolio: download a ZIP bundle, or restore one. */
export function ExportPage() {
  return (
    <section aria-labelledby="export-heading" className="export-page">
      <h2 id="export-heading">Export</h2>
      <DownloadBundleSection />
      <RestoreBundleSection />
    </section>
  );
}
