import { describe, expect, it } from 'vitest';
import { progressPercent } from '@/lib/export/progressPercent';

describe('progressPercent', () => {
  it('rounds down to whole percent within 0-100', () => {
    expect(progressPercent(0, 200)).toBe(0);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(200, 200)).toBe(100);
    expect(progressPercent(300, 200)).toBe(100);
  });

  it('treats an empty total as done', () => {
    expect(progressPercent(0, 0)).toBe(100);
  });
});
