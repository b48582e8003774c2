import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { describeExportError } from '@/lib/export/describeExportError';
import {
  exportScopeFromForm,
  initialExportScopeForm,
  type ExportScopeForm,
} from '@/lib/export/exportScopeFromForm';
import { progressPercent } from '@/lib/export/progressPercent';
import { saveBlobAsDownload } from '@/lib/export/saveBlobAsDownload';
import { makeSeesawFileBlob } from '@/lib/export/seesaw/makeSeesawFileBlob';
import { planSeesawExport } from '@/lib/export/seesaw/planSeesawExport';
import type { SeesawFile } from '@/lib/export/seesaw/SeesawFile';
import { browserRaster } from '@/lib/export/seesaw/SeesawRaster';
import { seesawZipFileName, writeSeesawZipToBlob } from '@/lib/export/seesaw/writeSeesawZip';
import { seesawLimitsSetting } from '@/lib/settings/seesawSettings';
import { applySeesawPolicy } from '@/lib/settings/effectiveSeesawLimits';
import { describeDuration } from '@/lib/export/seesaw/seesawLimits';
import { noteExported } from '@/lib/data/lastExport';
import { useDatabase } from '../app/DatabaseProvider';
import { useStoredSetting } from '../app/useStoredSetting';
import { useManagedPolicy } from '../app/useManagedPolicy';
import { ExportScopeFields } from './ExportScopeFields';
import { SeesawFileList } from './SeesawFileList';
import { SeesawGuide } from './SeesawGuide';
import { TaskProgress } from './TaskProgress';
import { useFocusOnOutcome } from '../app/useFocusOnOutcome';
import { useSeesawPlan } from './useSeesawPlan';
import { describeUnfinishedReflections } from '@/lib/export/describeUnfinishedReflections';
import { readExportSelection } from '@/lib/export/exportSelection';

type Outcome = { kind: 'saved' | 'cancelled' | 'failed'; message: string } | null;

/**
 * Seesaw has no public posting API, so this gets files ready to upload (one
 * per item) with captions to paste, singly or all in one ZIP.
 */
export function SeesawSection() {
  const { db } = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), [db]) ?? [];
  const [storedLimits] = useStoredSetting(seesawLimitsSetting);
  // The school's limits, where its policy sets them, win over the student's own.
  const { limits, lockedBySchool } = applySeesawPolicy(storedLimits, useManagedPolicy() ?? {});
  const [form, setForm] = useState<ExportScopeForm>(() =>
    initialExportScopeForm(readExportSelection()),
  );
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [announcement, setAnnouncement] = useState('');
  const controller = useRef<AbortController | null>(null);
  const outcomeRef = useFocusOnOutcome(outcome);
  const scope = exportScopeFromForm(form);
  const plan = useSeesawPlan(db, scope.ok ? scope.request : null, limits);
  const leftOut = plan ? describeUnfinishedReflections(plan.unfinishedReflections) : null;
  const working = percent !== null;
  const deps = () => ({ db, raster: browserRaster(), now: Date.now });

  const failed = (error: unknown, cancelled: string) => {
    const message = describeExportError(error);
    setOutcome(
      message === null ? { kind: 'cancelled', message: cancelled } : { kind: 'failed', message },
    );
  };

  const downloadAll = async () => {
    if (!scope.ok) return;
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    setPercent(0);
    try {
      // Planned again at the click: the live plan may be a moment old.
      const fresh = await planSeesawExport(db, scope.request, limits);
      const blob = await writeSeesawZipToBlob(deps(), fresh, {
        signal: abort.signal,
        onProgress: ({ filesDone, filesTotal }) =>
          setPercent(progressPercent(filesDone, filesTotal)),
      });
      const fileName = seesawZipFileName(Date.now());
      saveBlobAsDownload(blob, fileName);
      await noteExported(scope.request, Date.now());
      // From the plan actually written: a video may have finished since the notice was shown.
      const leftOutNote = describeUnfinishedReflections(fresh.unfinishedReflections);
      const saved = i18n.t('export.common.savedToDownloads', { fileName });
      setOutcome({
        kind: 'saved',
        message: leftOutNote ? `${saved} ${leftOutNote.afterExport}` : saved,
      });
    } catch (error) {
      failed(error, i18n.t('export.seesaw.cancelled'));
    } finally {
      controller.current = null;
      setPercent(null);
    }
  };

  const downloadOne = async (file: SeesawFile) => {
    setOutcome(null);
    try {
      saveBlobAsDownload(await makeSeesawFileBlob(deps(), file), file.fileName);
      setAnnouncement(i18n.t('export.common.savedToDownloads', { fileName: file.fileName }));
    } catch (error) {
      failed(error, i18n.t('export.seesaw.cancelled'));
    }
  };

  const copyCaption = async (file: SeesawFile) => {
    try {
      await navigator.clipboard.writeText(file.caption);
      // A second copy must change the text too, or screen readers stay silent.
      const copied = i18n.t('export.seesaw.captionCopied');
      setAnnouncement((last) => (last === copied ? `${copied}\u00a0` : copied));
    } catch {
      setAnnouncement(i18n.t('export.seesaw.copyFailed'));
    }
  };

  const count = plan?.files.length ?? 0;
  return (
    <section aria-labelledby="export-seesaw-heading" className="export-section seesaw-section">
      <h3 id="export-seesaw-heading">{i18n.t('export.seesaw.heading')}</h3>
      <p className="hint">{i18n.t('export.seesaw.hint')}</p>
      <p className="hint" data-testid="seesaw-limits">
        {i18n.t('export.seesaw.limits', {
          duration: describeDuration(limits.maxVideoMinutes * 60_000),
          maxFileMB: limits.maxFileMB,
        })}
        {lockedBySchool.length > 0 && (
          <>
            {' '}
            <span className="set-by-school">{i18n.t('export.page.setBySchool')}</span>
          </>
        )}
      </p>
      {/* Its own form, so its radio buttons are a separate group from the bundle's. */}
      <form
        aria-label={i18n.t('export.seesaw.formLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <ExportScopeFields form={form} goals={goals} disabled={working} onChange={setForm} />
      </form>
      <p role="status" className="export-summary" data-testid="seesaw-summary">
        {!scope.ok
          ? scope.problem
          : plan
            ? i18n.t('export.seesaw.fileCount', count)
            : i18n.t('export.common.counting')}
      </p>
      {scope.ok && leftOut && (
        <p role="status" className="export-left-out" data-testid="seesaw-left-out">
          {leftOut.beforeExport}
        </p>
      )}
      {plan && (
        <SeesawFileList
          plan={plan}
          disabled={working}
          onDownload={(file) => void downloadOne(file)}
          onCopyCaption={(file) => void copyCaption(file)}
        />
      )}
      {working ? (
        <TaskProgress
          label={i18n.t('export.seesaw.progressLabel')}
          percent={percent}
          onCancel={() => controller.current?.abort()}
        />
      ) : (
        <button
          type="button"
          className="primary"
          disabled={!scope.ok || !plan || count === 0}
          onClick={() => void downloadAll()}
        >
          {i18n.t('export.seesaw.downloadAll')}
        </button>
      )}
      <p role="status" aria-live="polite" className="sr-only" data-testid="seesaw-announcer">
        {announcement}
      </p>
      {outcome && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
          className={`export-outcome export-outcome-${outcome.kind}`}
          data-testid="seesaw-outcome"
        >
          {outcome.message}
        </p>
      )}
      <SeesawGuide />
    </section>
  );
}
