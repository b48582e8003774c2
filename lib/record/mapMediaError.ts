import type { RecordingFailure } from './recorderControl';

export type MediaDevice = NonNullable<RecordingFailure['device']>;

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/**
 * Turns a getUserMedia / getDisplayMedia rejection into a reason the setup
 * screen can explain. Browsers disagree on names, so this is best effort:
 * - a window/screen picker the student closed rejects with NotAllowedError
 *   (Chromium, Firefox) or AbortError; "by system" means the OS refused;
 * - a tab stream id only works shortly after the student invoked the
 *   extension on that tab, so any tab failure asks them to do that again.
 */
export function mapMediaError(error: unknown, device: MediaDevice): RecordingFailure {
  const name = errorName(error);
  const detail = `${name || 'Error'}: ${errorMessage(error)}`;
  if (device === 'tab' && ['NotAllowedError', 'AbortError', 'InvalidStateError'].includes(name)) {
    return { reason: 'tab-not-invoked', device, detail };
  }
  if (device === 'screen' && (name === 'NotAllowedError' || name === 'AbortError')) {
    const bySystem = /system/i.test(errorMessage(error));
    return { reason: bySystem ? 'permission-denied' : 'picker-cancelled', device, detail };
  }
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { reason: 'permission-denied', device, detail };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { reason: 'no-device', device, detail };
    case 'NotSupportedError':
    case 'TypeError':
      return { reason: 'unsupported', device, detail };
    default:
      // NotReadableError (another app holds the device) and anything new.
      return { reason: 'unknown', device, detail };
  }
}
