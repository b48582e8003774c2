import type { RecorderHostDeps } from './recorderHostDeps';
import type { RecordingFailure } from './recorderControl';
import {
  acquireRecordingStream,
  type AcquireRequest,
  type AcquiredStream,
} from './acquireRecordingStream';
import { pickRecorderFormat, type RecorderFormat } from './pickRecorderFormat';

export type PreparedRecorder =
  | { ok: true; acquired: AcquiredStream; recorder: MediaRecorder; format: RecorderFormat }
  | { ok: false; failure: RecordingFailure };

/** The streams, the format this browser really records, and a recorder ready to start. */
export async function prepareRecorder(
  deps: RecorderHostDeps,
  request: AcquireRequest,
): Promise<PreparedRecorder> {
  const outcome = await acquireRecordingStream(deps, request);
  if (!outcome.ok) return outcome;
  const { acquired } = outcome;
  const format = await pickRecorderFormat(deps, acquired.stream, request.fps);
  if (!format) {
    acquired.release();
    const detail = 'This browser cannot record video of this source.';
    return { ok: false, failure: { reason: 'unsupported', detail } };
  }
  try {
    const recorder = new deps.MediaRecorder(acquired.stream, format);
    return { ok: true, acquired, recorder, format };
  } catch (error) {
    acquired.release();
    return { ok: false, failure: { reason: 'unsupported', detail: String(error) } };
  }
}
