import { describe, expect, it } from 'vitest';
import {
  allowedExportTargets,
  exportTargetsNotice,
  isExportTargetAllowed,
} from '@/lib/settings/allowedExportTargets';

describe('allowedExportTargets', () => {
  it('allows every destination without a policy', () => {
    expect(allowedExportTargets({})).toEqual({
      targets: ['zip', 'drive', 'seesaw'],
      setBySchool: false,
    });
    expect(exportTargetsNotice(allowedExportTargets({}))).toBeNull();
  });

  it("offers only the school's destinations, in the page's order", () => {
    const allowed = allowedExportTargets({ allowedExportTargets: ['seesaw', 'zip'] });
    expect(allowed).toEqual({ targets: ['zip', 'seesaw'], setBySchool: true });
    expect(isExportTargetAllowed('drive', { allowedExportTargets: ['seesaw', 'zip'] })).toBe(false);
    expect(exportTargetsNotice(allowed)).toBe(
      'Some export destinations are turned off by your school.',
    );
  });

  it('explains an empty list as export turned off', () => {
    const allowed = allowedExportTargets({ allowedExportTargets: [] });
    expect(allowed.targets).toEqual([]);
    expect(exportTargetsNotice(allowed)).toMatch(/turned export off/);
  });
});
