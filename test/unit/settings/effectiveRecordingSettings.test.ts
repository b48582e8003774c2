/** The recorder's settings under a school policy: length and webcam locked, quality a default. */
import { describe, expect, it } from 'vitest';
import {
  applyRecordingPolicy,
  readEffectiveRecordingSettings,
} from '@/lib/settings/effectiveRecordingSettings';
import { DEFAULT_RECORDING_SETTINGS } from '@/lib/settings/recordingSettings';

const mine = { ...DEFAULT_RECORDING_SETTINGS, maxMinutes: 20, webcam: true, fps: 30 as const };

describe('applyRecordingPolicy', () => {
  it('leaves the student settings alone without a policy', () => {
    expect(applyRecordingPolicy(mine, {})).toEqual({
      settings: mine,
      lockedBySchool: [],
      fpsDefaultBySchool: false,
    });
  });

  it("uses the school's maximum length and locks it", () => {
    const result = applyRecordingPolicy(mine, { recordingMaxMinutes: 8 });
    expect(result.settings.maxMinutes).toBe(8);
    expect(result.lockedBySchool).toEqual(['maxMinutes']);
  });

  it('turns the webcam off and locks it when the school does not allow it', () => {
    const result = applyRecordingPolicy(mine, { recordingWebcamAllowed: false });
    expect(result.settings.webcam).toBe(false);
    expect(result.lockedBySchool).toEqual(['webcam']);
  });

  it("keeps the student's webcam choice when the school allows it", () => {
    const result = applyRecordingPolicy(mine, { recordingWebcamAllowed: true });
    expect(result.settings.webcam).toBe(true);
    expect(result.lockedBySchool).toEqual([]);
  });

  it('maps the default quality to a frame rate without locking it', () => {
    const result = applyRecordingPolicy(mine, { recordingDefaultQuality: 'smaller' });
    expect(result.settings.fps).toBe(15);
    expect(result.fpsDefaultBySchool).toBe(true);
    expect(result.lockedBySchool).toEqual([]);
    expect(
      applyRecordingPolicy(DEFAULT_RECORDING_SETTINGS, { recordingDefaultQuality: 'smoother' })
        .settings.fps,
    ).toBe(30);
  });
});

describe('readEffectiveRecordingSettings', () => {
  it('reads both sources and survives a broken local setting', async () => {
    const result = await readEffectiveRecordingSettings({
      getLocalSettings: () => Promise.reject(new Error('storage unavailable')),
      managed: { get: async () => ({ recordingMaxMinutes: 5, recordingWebcamAllowed: false }) },
    });
    expect(result.settings).toEqual({
      ...DEFAULT_RECORDING_SETTINGS,
      maxMinutes: 5,
      webcam: false,
    });
    expect(result.lockedBySchool).toEqual(['maxMinutes', 'webcam']);
  });
});
