import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { RecordingStatus, ReflectionRecord } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';
import { useLiveRecording } from './useLiveRecording';

const LIVE_WORDS = {
  starting: 'recorder.announcer.starting',
  countdown: 'recorder.announcer.countdown',
  recording: 'recorder.announcer.recording',
  paused: 'recorder.announcer.paused',
} as const satisfies Partial<Record<RecordingStatus, string>>;

const AFTER_WORDS = {
  recording: 'recorder.announcer.interrupted',
  processing: 'recorder.announcer.processing',
  ready: 'recorder.announcer.ready',
  failed: 'recorder.announcer.failed',
} as const satisfies Record<ReflectionRecord['status'], string>;

/** What the announcer says while the recording is live (nothing once it is saving). */
function liveWords(status: RecordingStatus): string {
  const key = status in LIVE_WORDS ? LIVE_WORDS[status as keyof typeof LIVE_WORDS] : undefined;
  return key ? i18n.t(key) : '';
}

/** What the announcer says once the recording it followed is no longer live. */
function afterRecordingWords(reflection: ReflectionRecord | undefined): string {
  return i18n.t(reflection ? AFTER_WORDS[reflection.status] : 'recorder.announcer.discarded');
}

/**
 * One polite live region, mounted for the whole dashboard, that says each
 * recording state in words: getting ready, countdown, recording, paused, then
 * processing and done. It stays in the page while the recorder moves from
 * the live panel to the new reflection's page, so every change is a change
 * to a region the screen reader already knows (text in a region that
 * appears with it is often not read).
 */
export function RecordingAnnouncer() {
  const { db } = useDatabase();
  const live = useLiveRecording();
  // The reflection of the last recording seen capturing, to follow it after Stop.
  // A start that fails before capturing has its own alert on the setup screen.
  const [followed, setFollowed] = useState<string | null>(null);
  const capturing =
    live && (live.recording.status === 'recording' || live.recording.status === 'paused');
  const capturingId = capturing ? live.recording.reflectionId : null;
  if (capturingId && capturingId !== followed) setFollowed(capturingId);
  const isLive = Boolean(live);
  const after = useLiveQuery(
    async () => (followed && !isLive ? { reflection: await db.reflections.get(followed) } : null),
    [db, followed, isLive],
  );

  let words = '';
  if (live) words = liveWords(live.recording.status);
  else if (after) words = afterRecordingWords(after.reflection);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="recording-announcer">
      {words}
    </p>
  );
}
