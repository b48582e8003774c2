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
          <h2 id="interrupted-heading">
            {found.length === 1 ? 'Unfinished recording found' : 'Unfinished recordings found'}
          </h2>
          <p>
            A recording stopped before it was saved, maybe because the browser or device closed.
            What was recorded is safe: recover it to make a video, or discard it.
          </p>
          <ul className="interrupted-list">
            {found.map(({ recording, title }) => (
              <InterruptedRecordingRow
                key={recording.id}
                recording={recording}
                title={title ?? 'Untitled reflection'}
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
        onDone(`Recovering “${title}”. It will be ready in My reflections.`);
      } else if (marked.outcome === 'empty') {
        onDone(`Nothing had been recorded in “${title}”, so it was removed.`);
      } else if (marked.outcome === 'live') {
        onDone(`“${title}” is still recording.`);
      }
    }, 'The recording couldn’t be recovered. Try again in a moment.');

  const discard = () => {
    if (!confirm(`Discard “${title}”? What was recorded will be deleted and can’t be recovered.`))
      return;
    void run(async () => {
      // Straight from the database: the recorder that made it is gone.
      const discarded = await discardInterruptedRecording({ db, now: Date.now }, recording.id);
      onDone(discarded ? `Discarded “${title}”.` : `“${title}” is still recording.`);
    }, 'The recording couldn’t be discarded. Try again in a moment.');
  };

  return (
    <li data-testid="interrupted-recording" data-recording-id={recording.id}>
      <p id={describedBy}>
        <strong>{title}</strong>, started{' '}
        <time dateTime={started.toISOString()}>{started.toLocaleString()}</time>
        {recordedMs > 0 && <>, about {formatClock(recordedMs)} recorded</>}
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
          Recover
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-describedby={describedBy}
          onClick={discard}
          data-testid="discard-recording"
        >
          Discard
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
