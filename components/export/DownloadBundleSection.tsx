import { uiLanguage } from '@/lib/i18n/documentLocale';
import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import { useFocusOnOutcome } from '../app/useFocusOnOutcome';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { listGoals } from '@/lib/goals/goalsRepo';
import { planBundle, type PlannedMedia } from '@/lib/export/bundle/planBundle';
import { bundleFileName } from '@/lib/export/bundleFileName';
import { describeExportError } from '@/lib/export/describeExportError';
import {
  exportScopeFromForm,
  initialExportScopeForm,
  type ExportScopeForm,
} from '@/lib/export/exportScopeFromForm';
import { progressPercent } from '@/lib/export/progressPercent';
import { saveBlobAsDownload } from '@/lib/export/saveBlobAsDownload';
import { saveBlobWithSaveAs } from '@/lib/export/saveBlobWithSaveAs';
import { askWhereToSaveBundle } from '@/lib/settings/uiSettings';
import { noteExported } from '@/lib/data/lastExport';
import { summarizeBundlePlan } from '@/lib/export/summarizeBundlePlan';
import { describeUnfinishedReflections } from '@/lib/export/describeUnfinishedReflections';
import { describeUnreadableMedia } from '@/lib/export/describeUnreadableMedia';
import { writeBundleToBlob } from '@/lib/export/writeBundleToBlob';
import { useDatabase } from '../app/DatabaseProvider';
import { ExportScopeFields } from './ExportScopeFields';
import { TaskProgress } from './TaskProgress';
import { useBundlePlan } from './useBundlePlan';
import { useStoredSetting } from '../app/useStoredSetting';
import { readExportSelection } from '@/lib/export/exportSelection';

type Outcome = { kind: 'saved' | 'cancelled' | 'failed'; message: string } | null;

/** Chooses what goes in a bundle, then writes it and saves it as a ZIP download. */
export function DownloadBundleSection() {
  const { db } = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), [db]) ?? [];
  const [form, setForm] = useState<ExportScopeForm>(() =>
    initialExportScopeForm(readExportSelection()),
  );
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const controller = useRef<AbortController | null>(null);
  const outcomeRef = useFocusOnOutcome(outcome);
  const scope = exportScopeFromForm(form);
  const plan = useBundlePlan(db, scope.ok ? scope.request : null);
  const summary = plan ? summarizeBundlePlan(plan, uiLanguage()) : null;
  const leftOut = plan ? describeUnfinishedReflections(plan.unfinishedReflections) : null;
  const working = percent !== null;
  const [askWhere, setAskWhere] = useStoredSetting(askWhereToSaveBundle);

  const finish = (next: Outcome) => {
    setPercent(null);
    setOutcome(next);
  };

  const download = async () => {
    if (!scope.ok) return;
    // Asked first, while the click still counts as a user gesture: a permission prompt needs one.
    // Already granted, it resolves at once without a prompt.
    const saveAsAllowed = askWhere
      ? browser.permissions.request({ permissions: ['downloads'] }).catch(() => false)
      : Promise.resolve(false);
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    setPercent(0);
    try {
      // Planned again at the click: the live plan may be a moment old.
      const fresh = await planBundle(db, scope.request);
      const { name, version } = browser.runtime.getManifest();
      const now = Date.now();
      const unreadable: PlannedMedia[] = [];
      const blob = await writeBundleToBlob(db, fresh, {
        now: () => now,
        app: { name, version },
        // The offline portfolio (index.html): opens from the ZIP on any device, no app needed.
        portfolioPage: { locale: uiLanguage() },
        signal: abort.signal,
        onProgress: ({ bytesDone, bytesTotal }) =>
          setPercent(progressPercent(bytesDone, bytesTotal)),
        // One damaged file must not cost the student the export of everything else.
        onUnreadableMedia: (media) => unreadable.push(media),
      });
      const fileName = bundleFileName(now);
      // From the plan actually written: a video may have finished since the notice was shown.
      const leftOutNote = describeUnfinishedReflections(fresh.unfinishedReflections);
      const damagedNote = describeUnreadableMedia(fresh, unreadable);
      const withLeftOut = (message: string) =>
        [message, leftOutNote?.afterExport, damagedNote].filter(Boolean).join(' ');
      if ((await saveAsAllowed) && browser.downloads) {
        const saved = await saveBlobWithSaveAs(blob, fileName, browser.downloads);
        if (saved === 'saved') await noteExported(scope.request, now);
        finish(
          saved === 'saved'
            ? {
                kind: 'saved',
                message: withLeftOut(i18n.t('export.download.savedWhereChosen', { fileName })),
              }
            : { kind: 'cancelled', message: i18n.t('export.download.saveAsClosed') },
        );
        return;
      }
      saveBlobAsDownload(blob, fileName);
      await noteExported(scope.request, now);
      finish({
        kind: 'saved',
        message: withLeftOut(
          askWhere
            ? i18n.t('export.download.savedNoFolder', { fileName })
            : i18n.t('export.common.savedToDownloads', { fileName }),
        ),
      });
    } catch (error) {
      const message = describeExportError(error);
      finish(
        message === null
          ? { kind: 'cancelled', message: i18n.t('export.download.cancelled') }
          : { kind: 'failed', message },
      );
    } finally {
      controller.current = null;
    }
  };

  return (
    <section aria-labelledby="export-download-heading" className="export-section">
      <h3 id="export-download-heading">{i18n.t('export.download.heading')}</h3>
      <p className="hint">{i18n.t('export.download.hint')}</p>
      <ExportScopeFields form={form} goals={goals} disabled={working} onChange={setForm} />
      <label className="export-save-as">
        <input
          type="checkbox"
          checked={askWhere}
          disabled={working}
          onChange={(event) => void setAskWhere(event.target.checked)}
        />{' '}
        {i18n.t('export.download.askWhere')}
      </label>
      <p role="status" className="export-summary" data-testid="export-summary">
        {!scope.ok
          ? scope.problem
          : summary
            ? i18n.t('export.download.included', { summary: summary.text })
            : i18n.t('export.common.counting')}
      </p>
      {scope.ok && leftOut && (
        <p role="status" className="export-left-out" data-testid="export-left-out">
          {leftOut.beforeExport}
        </p>
      )}
      {working ? (
        <TaskProgress
          label={i18n.t('export.download.progressLabel')}
          percent={percent}
          onCancel={() => controller.current?.abort()}
        />
      ) : (
        <button
          type="button"
          className="primary"
          disabled={!scope.ok || !summary}
          onClick={() => void download()}
        >
          {i18n.t('export.download.button')}
        </button>
      )}
      {outcome && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
          className={`export-outcome export-outcome-${outcome.kind}`}
          data-testid="export-outcome"
        >
          {outcome.message}
        </p>
      )}
    </section>
  );
}
