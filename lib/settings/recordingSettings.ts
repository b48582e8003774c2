import { storage } from '#imports';

/** Recording defaults. A school's managed policy (issue 7) will override maxMinutes. */
export interface RecordingSettings {
  maxMinutes: number;
  fps: 15 | 30;
  countdownSeconds: number;
  microphone: boolean;
  webcam: boolean;
}

export const DEFAULT_RECORDING_SETTINGS: RecordingSettings = {
  maxMinutes: 15,
  fps: 15,
  countdownSeconds: 3,
  microphone: true,
  webcam: false,
};

export const recordingSettings = storage.defineItem<RecordingSettings>('local:recording.settings', {
  fallback: DEFAULT_RECORDING_SETTINGS,
});
