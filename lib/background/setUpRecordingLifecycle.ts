import type { ExtensionApi } from '../extensionApi';
import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord } from '../db/records';
import { hasFreshHeartbeat, LIVE_RECORDING_STATUSES } from '../record/isRecordingLive';

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

/**
 * The service worker's part in recording: the stop shortcut, and keeping an
 * extension update from cutting a recording short.
 *
 * Updates: without an onUpdateAvailable listener Firefox reloads the extension
 * at once, which would end a recording in the dashboard tab. With one, Firefox
 * applies the update when the browser restarts, and Chrome when the extension
 * is idle (no worker running, no extension page or offscreen recorder open),
 * which a recording never is. The listener deliberately never calls
 * runtime.reload() to apply it sooner: in Chromium 156, once the extension has
 * used the microphone, runtime.reload() unloaded it and never loaded it again
 * (no new worker after 20 s, its pages blocked, headless and headed alike), so
 * a student would lose the extension until the browser restarted. An update a
 * little later is the better trade.
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
    // Listening is the point: the browser then waits for a safe moment (see above).
  });
}
