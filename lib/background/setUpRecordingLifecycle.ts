import type { ExtensionApi } from '../extensionApi';
import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord } from '../db/records';
import {
  hasFreshHeartbeat,
  isRecordingLive,
  LIVE_RECORDING_STATUSES,
} from '../record/isRecordingLive';

export const STOP_RECORDING_COMMAND = 'stop-recording';

type Deps = Pick<ExtensionApi, 'runtime' | 'commands'>;

interface LifecycleOptions {
  db: () => PlpDatabase;
  /** Sends recorderStop to the host (offscreen document or Firefox dashboard). */
  stopRecording: (recordingId: string) => Promise<void>;
  now?: () => number;
}

/** Recordings whose host is alive: its heartbeat (every second) is recent. */
export async function liveRecordings(db: PlpDatabase, now: number): Promise<RecordingRecord[]> {
  const candidates = await db.recordings.where('status').anyOf(LIVE_RECORDING_STATUSES).toArray();
  return candidates.filter((recording) => hasFreshHeartbeat(recording, now));
}

/** Whether anything that an extension reload would kill is under way. */
export async function isMediaWorkUnderWay(db: PlpDatabase, now: number): Promise<boolean> {
  if (await isRecordingLive(db, now)) return true;
  return (await db.reflections.where('status').equals('processing').count()) > 0;
}

/**
 * The service worker's part in recording: the stop shortcut, and holding back
 * an extension update while a recording or its compression runs. With a
 * listener registered, the browser waits for runtime.reload() or for the
 * extension to go idle (the offscreen document counts as busy), so an update
 * can never cut a recording short.
 */
export function setUpRecordingLifecycle(browser: Deps, options: LifecycleOptions): void {
  const now = options.now ?? Date.now;

  browser.commands.onCommand.addListener((command) => {
    if (command !== STOP_RECORDING_COMMAND) return;
    void (async () => {
      for (const recording of await liveRecordings(options.db(), now())) {
        await options.stopRecording(recording.id).catch(() => undefined);
      }
    })();
  });

  browser.runtime.onUpdateAvailable.addListener(() => {
    void (async () => {
      if (await isMediaWorkUnderWay(options.db(), now())) return;
      browser.runtime.reload();
    })();
  });
}
