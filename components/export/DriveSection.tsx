import { i18n } from '#i18n';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DriveJobRecord } from '@/lib/db/records';
import { listGoals } from '@/lib/goals/goalsRepo';
import { classroomShareUrl, isDriveJobActive } from '@/lib/export/drive/driveJobStore';
import {
  exportScopeFromForm,
  initialExportScopeForm,
  type ExportScopeForm,
} from '@/lib/export/exportScopeFromForm';
import { backgroundMessenger } from '@/lib/messaging/background';
import { useDatabase } from '../app/DatabaseProvider';
import { DriveJobProgress } from './DriveJobProgress';
import { DriveSettingsForm } from './DriveSettingsForm';
import { ExportScopeFields } from './ExportScopeFields';
import { useDriveConnection } from './useDriveConnection';
import { useDriveJob } from './useDriveJob';
import { useBundlePlan } from './useBundlePlan';
import { describeUnfinishedReflections } from '@/lib/export/describeUnfinishedReflections';
import './drive.css';
import { DRIVE_EXPORT_NOT_ALLOWED } from '@/lib/background/setUpDriveExport';
import { readExportSelection } from '@/lib/export/exportSelection';

/** One sentence for the live region: what the export is doing or how it ended. */
function describeJob(job: DriveJobRecord): string {
  const count = job.files.length;
  const failed = job.files.filter((file) => file.status === 'failed').length;
  switch (job.status) {
    case 'queued':
      return i18n.t('export.driveJob.queued');
    case 'running':
      return job.planned
        ? i18n.t('export.driveJob.running', count)
        : i18n.t('export.driveJob.planning');
    case 'paused-auth':
      return i18n.t('export.driveJob.paused', {
        reason: job.error ?? i18n.t('export.driveJob.pausedSignIn'),
      });
    case 'done': {
      const sent = job.files.filter((file) => file.status === 'done').length;
      if (count === 0) return i18n.t('export.driveJob.nothingToExport');
      return sent === 0
        ? i18n.t('export.driveJob.allAlreadyThere', count)
        : i18n.t('export.driveJob.exported', { sent, already: count - sent });
    }
    case 'failed':
      return job.error ?? i18n.t('export.driveJob.failedFiles', failed);
    case 'cancelled':
      return i18n.t('export.driveJob.cancelled');
  }
}

/** Exports evidence to the student's Google Drive: the worker uploads, this page watches the job. */
export function DriveSection() {
  const { db } = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), [db]) ?? [];
  const connection = useDriveConnection();
  const job = useDriveJob(db);
  const [form, setForm] = useState<ExportScopeForm>(() =>
    initialExportScopeForm(readExportSelection()),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const scope = exportScopeFromForm(form);
  // The worker plans the job itself (planDriveExport, same rule); this plan only feeds the notice.
  const plan = useBundlePlan(db, scope.ok && connection.signedIn ? scope.request : null);
  const leftOut = plan ? describeUnfinishedReflections(plan.unfinishedReflections) : null;
  const active = job !== undefined && isDriveJobActive(job);
  const running = active && job.status !== 'paused-auth';
  const { effective } = connection;
  const configured = effective !== undefined && effective.settings.clientId.trim() !== '';

  const send = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      // The worker refuses under a school policy with a known sentence; say it in the page's words.
      const refused = error instanceof Error && error.message.includes(DRIVE_EXPORT_NOT_ALLOWED);
      setProblem(
        refused ? i18n.t('export.drive.notAllowed') : i18n.t('export.drive.couldNotStart'),
      );
    }
  };
  const startExport = () =>
    scope.ok &&
    void send(() => backgroundMessenger.sendMessage('driveExportStart', { scope: scope.request }));
  const cancel = () =>
    job && void send(() => backgroundMessenger.sendMessage('driveExportCancel', { jobId: job.id }));
  const signInAgain = async () => {
    if (await connection.connect()) {
      await send(() => backgroundMessenger.sendMessage('driveExportResume', undefined));
    }
  };

  return (
    <section aria-labelledby="export-drive-heading" className="export-section drive-section">
      <h3 id="export-drive-heading">{i18n.t('export.drive.heading')}</h3>
      <p className="hint">{i18n.t('export.drive.hint')}</p>
      {effective === undefined ? (
        <p>{i18n.t('export.drive.loading')}</p>
      ) : !configured ? (
        <>
          <p data-testid="drive-not-configured">{i18n.t('export.drive.notConfigured')}</p>
          <DriveSettingsForm effective={effective} disabled={false} />
        </>
      ) : (
        <details className="drive-settings-details">
          <summary>{i18n.t('export.drive.settingsSummary')}</summary>
          <DriveSettingsForm effective={effective} disabled={running} />
        </details>
      )}
      {configured && (
        <div className="drive-account">
          {connection.signedIn ? (
            <>
              <p>{i18n.t('export.drive.connected')}</p>
              <button
                type="button"
                disabled={connection.busy || running}
                onClick={() => void connection.disconnect()}
              >
                {i18n.t('export.drive.disconnect')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={connection.busy}
              onClick={() => void connection.connect()}
            >
              {i18n.t('export.drive.connect')}
            </button>
          )}
          {connection.problem && (
            <p role="alert" className="export-outcome export-outcome-failed">
              {connection.problem}
            </p>
          )}
        </div>
      )}
      {configured && connection.signedIn && (
        <>
          {/* Its own form, so its radio buttons are a separate group from the other sections'. */}
          <form
            aria-label={i18n.t('export.drive.formLabel')}
            onSubmit={(event) => event.preventDefault()}
          >
            <ExportScopeFields form={form} goals={goals} disabled={active} onChange={setForm} />
          </form>
          {!scope.ok && <p className="export-summary">{scope.problem}</p>}
          {scope.ok && leftOut && (
            <p role="status" className="export-left-out" data-testid="drive-left-out">
              {leftOut.beforeExport}
            </p>
          )}
          {!active && (
            <button type="button" className="primary" disabled={!scope.ok} onClick={startExport}>
              {i18n.t('export.drive.exportButton')}
            </button>
          )}
        </>
      )}
      {job && (
        <div
          className="drive-job"
          data-testid="drive-job"
          data-status={job.status}
          data-job-id={job.id}
        >
          <p
            role={job.status === 'failed' ? 'alert' : 'status'}
            className={`export-outcome export-outcome-${job.status}`}
            data-testid="drive-outcome"
          >
            {describeJob(job)}
          </p>
          <DriveJobProgress job={job} onCancel={running ? cancel : null} />
          {job.status === 'paused-auth' && (
            <button
              type="button"
              className="primary"
              disabled={connection.busy}
              onClick={() => void signInAgain()}
            >
              {i18n.t('export.drive.signInAgain')}
            </button>
          )}
          {job.result && !active && (
            <p className="drive-links">
              <a href={job.result.rootFolderUrl} target="_blank" rel="noopener noreferrer">
                {i18n.t('export.drive.openInDrive')}
              </a>{' '}
              <a
                href={classroomShareUrl(job.result.rootFolderUrl)}
                target="_blank"
                rel="noopener noreferrer"
              >
                {i18n.t('export.drive.shareToClassroom')}
              </a>
            </p>
          )}
        </div>
      )}
      {problem && (
        <p role="alert" className="export-outcome export-outcome-failed">
          {problem}
        </p>
      )}
    </section>
  );
}
