/**
 * A backstop for Drive export jobs: while a job is unfinished, a repeating alarm wakes the
 * service worker (or Firefox's event page) and resumes it, even when the browser stopped the
 * worker and no Export page is open to nudge it. Cleared as soon as no unfinished job remains.
 */
import type { ExtensionApi } from '../extensionApi';

export const DRIVE_RESUME_ALARM = 'drive-export-resume';
/**
 * Chrome fires a packed MV3 extension's alarms at most every 30 s (unpacked: every second), and
 * Firefox has no such floor; a minute is well above both, and enough for a backstop: a running
 * job keeps its worker alive on its own.
 */
export const DRIVE_RESUME_PERIOD_MINUTES = 1;

type Alarms = Pick<ExtensionApi['alarms'], 'create' | 'get' | 'clear' | 'onAlarm'>;

export interface DriveResumeAlarm {
  /** Makes sure the alarm exists (alarms may not survive a browser restart or an update). */
  arm(): Promise<void>;
  clear(): Promise<void>;
}

export function createDriveResumeAlarm(alarms: Alarms): DriveResumeAlarm {
  return {
    async arm() {
      // Re-creating an existing alarm would push its next firing back: leave it as it is.
      if (await alarms.get(DRIVE_RESUME_ALARM)) return;
      await alarms.create(DRIVE_RESUME_ALARM, {
        delayInMinutes: DRIVE_RESUME_PERIOD_MINUTES,
        periodInMinutes: DRIVE_RESUME_PERIOD_MINUTES,
      });
    },
    async clear() {
      await alarms.clear(DRIVE_RESUME_ALARM);
    },
  };
}

/** Registers the alarm's listener; call it synchronously at worker start, or the wake-up is lost. */
export function listenForDriveResumeAlarm(alarms: Alarms, resume: () => Promise<void>): void {
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DRIVE_RESUME_ALARM) void resume().catch(() => undefined);
  });
}
