import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import { useFocusOnOutcome } from '../app/useFocusOnOutcome';
import { importBundle } from '@/lib/import/importBundle';
import { describeImportError } from '@/lib/export/describeImportError';
import { describeRestoreResult } from '@/lib/export/describeRestoreResult';
import { progressPercent } from '@/lib/export/progressPercent';
import { useDatabase } from '../app/DatabaseProvider';
import { TaskProgress } from './TaskProgress';

type Outcome = { kind: 'restored' | 'refused'; message: string } | null;

/** Picks a bundle file and merges it in; a refused file changes nothing. */
export function RestoreBundleSection() {
  const { db, reportError } = useDatabase();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const controller = useRef<AbortController | null>(null);
  const outcomeRef = useFocusOnOutcome(outcome);
  const working = percent !== null;

  const finish = (next: Outcome) => {
    setPercent(null);
    setOutcome(next);
  };

  const restore = async () => {
    if (!file) return;
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    setPercent(0);
    try {
      const result = await importBundle(db, file, {
        signal: abort.signal,
        onProgress: ({ bytesDone, bytesTotal }) =>
          setPercent(progressPercent(bytesDone, bytesTotal)),
      });
      finish({ kind: 'restored', message: describeRestoreResult(result) });
    } catch (error) {
      // A full disk also shows the app's storage banner; the restore rolled back either way.
      reportError(error);
      finish({ kind: 'refused', message: describeImportError(error) });
    } finally {
      controller.current = null;
    }
  };

  return (
    <section aria-labelledby="export-restore-heading" className="export-section">
      <h3 id="export-restore-heading">{i18n.t('export.restore.heading')}</h3>
      <p className="hint">{i18n.t('export.restore.hint')}</p>
      <div className="field">
        <label htmlFor="restore-file">{i18n.t('export.restore.fileLabel')}</label>
        <input
          id="restore-file"
          type="file"
          accept=".zip,application/zip"
          disabled={working}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setOutcome(null);
          }}
        />
      </div>
      {working ? (
        <TaskProgress
          label={i18n.t('export.restore.progressLabel')}
          percent={percent}
          onCancel={() => controller.current?.abort()}
        />
      ) : (
        <button type="button" disabled={!file} onClick={() => void restore()}>
          {i18n.t('export.restore.button')}
        </button>
      )}
      {outcome && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.kind === 'refused' ? 'alert' : 'status'}
          className={`export-outcome export-outcome-${outcome.kind}`}
          data-testid="restore-outcome"
        >
          {outcome.message}
        </p>
      )}
    </section>
  );
}
