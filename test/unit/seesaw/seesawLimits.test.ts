import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  checkVideoLength,
  DEFAULT_SEESAW_LIMITS,
  describeDuration,
  normalizeSeesawLimits,
} from '@/lib/export/seesaw/seesawLimits';
import { readSeesawLimits, seesawLimitsSetting } from '@/lib/settings/seesawSettings';

const limits = { maxVideoMinutes: 5, maxFileMB: 10 };

describe('Seesaw limits', () => {
  it('flags a video longer than the limit with a friendly, actionable sentence', () => {
    expect(checkVideoLength(5 * 60_000, limits)).toBeNull();
    expect(checkVideoLength(null, limits)).toBeNull();
    expect(checkVideoLength(12 * 60_000, limits)).toEqual({
      reason: 'video-too-long',
      detail:
        "This video is 12 minutes; your school's limit for Seesaw is 5 minutes. Trim it in the " +
        'reflection page or post it through Google Drive.',
    });
  });

  it('flags a file larger than the limit', () => {
    const MB = 1024 * 1024;
    expect(checkFileSize(10 * MB, limits)).toBeNull();
    const over = checkFileSize(25 * MB, limits);
    expect(over?.reason).toBe('file-too-large');
    expect(over?.detail).toContain('This file is 25 MB');
    expect(over?.detail).toContain("your school's limit for Seesaw is 10 MB");
  });

  it('says durations the way people do', () => {
    expect(describeDuration(1000)).toBe('1 second');
    expect(describeDuration(60_000)).toBe('1 minute');
    expect(describeDuration(270_000)).toBe('4 minutes 30 seconds');
  });

  it('falls back to the defaults for missing or broken values', () => {
    expect(normalizeSeesawLimits(null)).toEqual(DEFAULT_SEESAW_LIMITS);
    expect(normalizeSeesawLimits({ maxVideoMinutes: -1, maxFileMB: Number.NaN })).toEqual(
      DEFAULT_SEESAW_LIMITS,
    );
    expect(normalizeSeesawLimits({ maxVideoMinutes: 3 })).toEqual({
      ...DEFAULT_SEESAW_LIMITS,
      maxVideoMinutes: 3,
    });
  });

  it('reads the stored setting, or any source passed in (the school policy later)', async () => {
    expect(await readSeesawLimits()).toEqual(DEFAULT_SEESAW_LIMITS);
    await seesawLimitsSetting.setValue({ maxVideoMinutes: 2, maxFileMB: 40 });
    expect(await readSeesawLimits()).toEqual({ maxVideoMinutes: 2, maxFileMB: 40 });
    const policy = { getValue: async () => ({ maxVideoMinutes: 10 }) };
    expect(await readSeesawLimits(policy)).toEqual({ maxVideoMinutes: 10, maxFileMB: 100 });
  });
});
