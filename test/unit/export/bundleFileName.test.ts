import { describe, expect, it } from 'vitest';
import { bundleFileName } from '@/lib/export/bundleFileName';

describe('bundleFileName', () => {
  it('names the file after the local calendar day', () => {
    expect(bundleFileName(new Date(2026, 2, 2, 23, 59).getTime())).toBe(
      'PLP portfolio 2026-03-02.zip',
    );
    expect(bundleFileName(new Date(2027, 0, 9, 0, 0).getTime())).toBe(
      'PLP portfolio 2027-01-09.zip',
    );
  });
});
