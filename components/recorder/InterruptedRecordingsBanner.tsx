import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { findInterruptedRecordings } from '@/lib/record/findInterruptedRecordings';
import { markRecordingRecovered } from '@/lib/record/recoverRecording';
import { discardInterruptedRecording } from '@/lib/record/discardInterruptedRecording';
import { activeElapsedMs } from '@/lib/record/activeElapsed';
import type { RecordingRecord } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';
import { formatClock } from './formatClock';
import { useNow } from './useNow';
import { useRecorderControl } from './RecorderControlContext';
import { useRecorderAction } from './useRecorderAction';

/** How often to look again: a recorder that died is noticed by its heartbeat going stale. */
const RECHECK_MS = 2000;

/**
 * "Unfinished recording found": a recording whose recorder stopped without
 * finishing (the browser crashed, the tab or Chromebook closed). Its chunks
 * are safe in the database, so the student can turn them into a video, or
 * throw them away.
 */
export function InterruptedRecordingsBanner() {
  const { db } = useDatabase();
  const now = useNow(RECHECK_MS);
  const found = useLiveQuery(async () => {
    const recordings: RecordingRecord[] = await findInterruptedRecordings(db, now);
    const reflections = await db.reflections.bulkGet(recordings.map((r) => r.reflectionId));
    return recordings.map((recording, i) => ({ recording, title: reflections[i]?.title }));
  }, [db, now]);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {found && found.length > 0 && (
        <section
          className="banner interrupted-banner"
          aria-labelledby="interrupted-heading"
          data-testid="interrupted-banner"
        >
          <h2 id="interrupted-heading">{i18n.t('recorder.interrupted.heading', found.length)}</h2>
          <p>{i18n.t('recorder.interrupted.explanation')}</p>
          <ul className="interrupted-list">
            {found.map(({ recording, title }) => (
              <InterruptedRecordingRow
                key={recording.id}
                recording={recording}
                title={title ?? i18n.t('recorder.interrupted.untitled')}
                onDone={setAnnouncement}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function InterruptedRecordingRow({
  recording,
  title,
  onDone,
}: {
  recording: RecordingRecord;
  title: string;
  onDone: (message: string) => void;
}) {
  const { db } = useDatabase();
  const control = useRecorderControl();
  const { busy, error, run } = useRecorderAction();
  const describedBy = `interrupted-${recording.id}`;
  // The last heartbeat is about when the recorder stopped.
  const recordedMs = activeElapsedMs(recording, recording.heartbeatAt);
  const started = new Date(recording.startedAt ?? recording.createdAt);

  const recover = () =>
    run(async () => {
      const marked = await markRecordingRecovered(db, recording.id, Date.now());
      if (marked.outcome === 'recovered') {
        await control.process({ reflectionId: marked.reflectionId, mode: 'auto', trim: null });
        onDone(i18n.t('recorder.interrupted.recovering', { title }));
      } else if (marked.outcome === 'empty') {
        onDone(i18n.t('recorder.interrupted.emptyRemoved', { title }));
      } else if (marked.outcome === 'live') {
        onDone(i18n.t('recorder.interrupted.stillRecording', { title }));
      }
    }, i18n.t('recorder.interrupted.recoverFailed'));

  const discard = () => {
    if (!confirm(i18n.t('recorder.interrupted.confirmDiscard', { title }))) return;
    void run(async () => {
      // Straight from the database: the recorder that made it is gone.
      const discarded = await discardInterruptedRecording({ db, now: Date.now }, recording.id);
      onDone(
        i18n.t(
          discarded ? 'recorder.interrupted.discarded' : 'recorder.interrupted.stillRecording',
          { title },
        ),
      );
    }, i18n.t('recorder.interrupted.discardFailed'));
  };

  return (
    <li data-testid="interrupted-recording" data-recording-id={recording.id}>
      <p id={describedBy}>
        <strong>{title}</strong>
        {i18n.t('recorder.interrupted.started')}{' '}
        <time dateTime={started.toISOString()}>{started.toLocaleString()}</time>
        {recordedMs > 0 &&
          i18n.t('recorder.interrupted.aboutRecorded', { duration: formatClock(recordedMs) })}
      </p>
      <div className="goal-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          aria-describedby={describedBy}
          onClick={() => void recover()}
          data-testid="recover-recording"
        >
          {i18n.t('recorder.interrupted.recover')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-describedby={describedBy}
          onClick={discard}
          data-testid="discard-recording"
        >
          {i18n.t('recorder.common.discard')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
