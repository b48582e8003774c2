/** The recording settings in force: the student's own, with the school's policy on top. */
import { DEFAULT_RECORDING_SETTINGS, type RecordingSettings } from './recordingSettings';
import {
  type ManagedPolicy,
  type ManagedStorageArea,
  readManagedPolicy,
  type RecordingQuality,
} from './managedPolicy';

export interface EffectiveRecordingSettings {
  settings: RecordingSettings;
  /** Fields the student cannot change: the setup screen shows them "Set by your school". */
  lockedBySchool: ('maxMinutes' | 'webcam')[];
  /** True when the preselected frame rate is the school's default (the student may still change it). */
  fpsDefaultBySchool: boolean;
}

/** The recorder's frame rate for each quality a school can name. */
export const FPS_FOR_QUALITY: Record<RecordingQuality, RecordingSettings['fps']> = {
  smaller: 15,
  smoother: 30,
};

/**
 * Applies the policy. The school's maximum length is the limit in force (students have no way
 * to set a longer one). A webcam the school does not allow is off and locked. The quality is
 * only a default: a school that prefers small files still lets a student pick smooth motion
 * for one recording, as the policy's name says.
 */
export function applyRecordingPolicy(
  local: RecordingSettings,
  policy: ManagedPolicy,
): EffectiveRecordingSettings {
  const settings = { ...DEFAULT_RECORDING_SETTINGS, ...local };
  const lockedBySchool: EffectiveRecordingSettings['lockedBySchool'] = [];
  if (policy.recordingMaxMinutes !== undefined) {
    settings.maxMinutes = policy.recordingMaxMinutes;
    lockedBySchool.push('maxMinutes');
  }
  if (policy.recordingWebcamAllowed === false) {
    settings.webcam = false;
    lockedBySchool.push('webcam');
  }
  if (policy.recordingDefaultQuality !== undefined) {
    settings.fps = FPS_FOR_QUALITY[policy.recordingDefaultQuality];
  }
  return {
    settings,
    lockedBySchool,
    fpsDefaultBySchool: policy.recordingDefaultQuality !== undefined,
  };
}

export async function readEffectiveRecordingSettings(deps: {
  getLocalSettings(): Promise<RecordingSettings>;
  managed: ManagedStorageArea | undefined;
}): Promise<EffectiveRecordingSettings> {
  const [local, policy] = await Promise.all([
    deps.getLocalSettings().catch(() => DEFAULT_RECORDING_SETTINGS),
    readManagedPolicy(deps.managed),
  ]);
  return applyRecordingPolicy(local, policy);
}
