import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SEGMENT_LENGTH,
  PathAllocator,
  extensionFor,
  sanitizeSegment,
} from '@/lib/export/bundle/bundlePaths';
import { isSafeEntryName } from '@/lib/import/isSafeEntryName';

describe('sanitizeSegment', () => {
  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['Trailing dots...', 'Trailing dots'],
    ['  spaced  out  ', 'spaced out'],
    ['tab\tand\nnewline\u0000nul', 'tab and newline nul'],
    ['CON', '_CON'],
    ['com1.txt', '_com1.txt'],
    ['Lpt9', '_Lpt9'],
    ['...', 'Untitled'],
    ['', 'Untitled'],
    ['Café résumé 🌋', 'Café résumé 🌋'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitizeSegment(input)).toBe(expected);
  });

  it('cuts long names without splitting an emoji', () => {
    const safe = sanitizeSegment('🌋'.repeat(200));
    expect(Array.from(safe)).toHaveLength(MAX_SEGMENT_LENGTH);
    expect(safe).not.toContain('\uFFFD');
  });

  it('always yields a safe, non-empty segment (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = sanitizeSegment(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(Array.from(safe).length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH + 1);
        expect(safe).not.toMatch(/[/\\:*?"<>|\p{Cc}]|[. ]$/u);
        expect(isSafeEntryName(`folder/${safe}.png`)).toBe(true);
      }),
    );
  });
});

describe('PathAllocator', () => {
  it('numbers repeated names, ignoring case', () => {
    const paths = new PathAllocator();
    expect(paths.allocate('Goal', 'Essay', 'png')).toBe('Goal/Essay.png');
    expect(paths.allocate('Goal', 'essay', 'png')).toBe('Goal/essay (2).png');
    expect(paths.allocate('Goal', 'Essay', 'png')).toBe('Goal/Essay (3).png');
    expect(paths.allocate('Goal', 'Essay', 'jpg')).toBe('Goal/Essay.jpg');
  });

  it('keeps a numbered long name within the segment limit', () => {
    const paths = new PathAllocator();
    const long = 'x'.repeat(MAX_SEGMENT_LENGTH);
    paths.allocate('Goal', long, 'png');
    const second = paths.allocate('Goal', long, 'png');
    expect(second.endsWith(' (2).png')).toBe(true);
    expect(second.split('/')[1]!.length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
  });
});

describe('extensionFor', () => {
  it.each([
    ['image/png', 'png'],
    ['image/jpeg', 'jpg'],
    ['video/mp4', 'mp4'],
    ['video/webm;codecs=vp9', 'webm'],
    ['text/html; charset=utf-8', 'html'],
    ['application/x-unknown', 'bin'],
  ])('%s -> %s', (mime, ext) => {
    expect(extensionFor(mime)).toBe(ext);
  });
});
