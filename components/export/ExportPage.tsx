import { i18n } from '#i18n';
import { allowedExportTargets, exportTargetsNotice } from '@/lib/settings/allowedExportTargets';
import { useManagedPolicy } from '../app/useManagedPolicy';
import { DownloadBundleSection } from './DownloadBundleSection';
import { DriveSection } from './DriveSection';
import { RestoreBundleSection } from './RestoreBundleSection';
import { SeesawSection } from './SeesawSection';
import './export.css';

/**
 * Backing up and moving a portfolio: download a ZIP bundle, get files for Seesaw, upload to Google
 * Drive, or restore a bundle. A school may turn destinations off; restoring is always possible.
 */
export function ExportPage() {
  const policy = useManagedPolicy();
  // Wait for the policy (a local read, a few ms): showing a destination and then taking it away
  // would confuse a screen reader user more than a blank moment.
  const allowed = policy === null ? null : allowedExportTargets(policy);
  const notice = allowed ? exportTargetsNotice(allowed) : null;
  return (
    <section aria-labelledby="export-heading" className="export-page">
      <h2 id="export-heading">{i18n.t('export.page.heading')}</h2>
      {notice && (
        <p className="export-school-notice" data-testid="export-school-notice">
          {notice} <span className="set-by-school">{i18n.t('export.page.setBySchool')}</span>
        </p>
      )}
      {allowed?.targets.includes('zip') && <DownloadBundleSection />}
      {allowed?.targets.includes('seesaw') && <SeesawSection />}
      {allowed?.targets.includes('drive') && <DriveSection />}
      {allowed && <RestoreBundleSection />}
    </section>
  );
}
