import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/lib/storage/formatBytes';

describe('formatBytes', () => {
  it('picks a unit people read easily, with one decimal at most', () => {
    expect(formatBytes(0, 'en-US')).toBe('0 bytes');
    expect(formatBytes(1, 'en-US')).toBe('1 byte');
    expect(formatBytes(999, 'en-US')).toBe('999 bytes');
    expect(formatBytes(1_000, 'en-US')).toBe('1 kB');
    expect(formatBytes(12_345_678, 'en-US')).toBe('12.3 MB');
    expect(formatBytes(1_200_000_000, 'en-US')).toBe('1.2 GB');
  });

  it('moves up a unit instead of showing 1,000', () => {
    expect(formatBytes(999_960_000, 'en-US')).toBe('1 GB');
  });

  it('follows the locale and treats nonsense as zero', () => {
    expect(formatBytes(12_345_678, 'de-DE')).toBe('12,3 MB');
    expect(formatBytes(Number.NaN, 'en-US')).toBe('0 bytes');
    expect(formatBytes(-5, 'en-US')).toBe('0 bytes');
  });
});
