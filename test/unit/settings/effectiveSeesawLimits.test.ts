/** Seesaw limits: the school's values win, through the same readSeesawLimits the export uses. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEESAW_LIMITS } from '@/lib/export/seesaw/seesawLimits';
import { applySeesawPolicy, seesawLimitsWithPolicy } from '@/lib/settings/effectiveSeesawLimits';
import { readSeesawLimits, seesawLimitsSetting } from '@/lib/settings/seesawSettings';

describe('applySeesawPolicy', () => {
  it("overrides the student's limits with the school's and locks them", () => {
    expect(
      applySeesawPolicy({ maxVideoMinutes: 9, maxFileMB: 50 }, { seesawMaxFileMB: 20 }),
    ).toEqual({ limits: { maxVideoMinutes: 9, maxFileMB: 20 }, lockedBySchool: ['maxFileMB'] });
  });

  it('falls back to the defaults for a broken local setting', () => {
    expect(applySeesawPolicy(null, {})).toEqual({
      limits: DEFAULT_SEESAW_LIMITS,
      lockedBySchool: [],
    });
  });
});

describe('seesawLimitsWithPolicy', () => {
  it('feeds readSeesawLimits the limits in force', async () => {
    await seesawLimitsSetting.setValue({ maxVideoMinutes: 8, maxFileMB: 60 });
    const managed = { get: async () => ({ seesawMaxVideoMinutes: 3 }) };
    expect(await readSeesawLimits(seesawLimitsWithPolicy(seesawLimitsSetting, managed))).toEqual({
      maxVideoMinutes: 3,
      maxFileMB: 60,
    });
  });

  it('still answers when storage and policy both fail', async () => {
    const broken = { getValue: () => Promise.reject(new Error('gone')) };
    const noPolicy = { get: () => Promise.reject(new Error('no policy')) };
    expect(await readSeesawLimits(seesawLimitsWithPolicy(broken, noPolicy))).toEqual(
      DEFAULT_SEESAW_LIMITS,
    );
  });
});
