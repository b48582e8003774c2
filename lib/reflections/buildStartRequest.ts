import type { RecordingSource } from '../db/records';
import type { StartRecordingRequest } from '../record/recorderControl';
import type { RecordingSettings } from '../settings/recordingSettings';
import { REFLECTION_TITLE_MAX } from './reflectionsRepo';

/** What the student chose on the setup screen. */
export interface RecordChoices {
  source: RecordingSource;
  tabId: number | null;
  microphone: boolean;
  microphoneDeviceId: string | null;
  webcam: boolean;
  fps: 15 | 30;
  title: string;
  goalIds: string[];
  skillIds: string[];
  prompts: readonly string[];
}

/**
 * Turns the setup screen's choices into the recorder's request. The ids are
 * made here, up front, so the page can follow the recording in the database
 * as soon as the host writes it. The tab stream id is left for the recorder
 * control to fetch at the last moment, because it expires within seconds.
 */
export function buildStartRequest(
  choices: RecordChoices,
  settings: Pick<RecordingSettings, 'maxMinutes' | 'countdownSeconds'>,
  fallbackTitle: string,
  newId: () => string = () => crypto.randomUUID(),
): StartRecordingRequest {
  const title = choices.title.trim().replace(/\s+/g, ' ').slice(0, REFLECTION_TITLE_MAX);
  return {
    recordingId: newId(),
    reflectionId: newId(),
    source: choices.source,
    tabStreamId: null,
    tabId: choices.source === 'tab' ? choices.tabId : null,
    microphone: choices.microphone,
    microphoneDeviceId: choices.microphone ? choices.microphoneDeviceId : null,
    webcam: choices.webcam,
    fps: choices.fps,
    maxMs: Math.round(settings.maxMinutes * 60_000),
    countdownMs: Math.round(settings.countdownSeconds * 1000),
    title: title || fallbackTitle,
    goalIds: [...new Set(choices.goalIds)],
    skillIds: [...new Set(choices.skillIds)],
    prompts: [...choices.prompts],
  };
}
