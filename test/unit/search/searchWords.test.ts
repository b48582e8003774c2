import { describe, expect, it } from 'vitest';
import { searchPrefix, searchWords } from '@/lib/search/searchWords';

describe('searchWords', () => {
  it('keeps distinct lower-case words of two letters or more', () => {
    expect(searchWords('The Water cycle, the WATER table!', 'a note')).toEqual([
      'the',
      'water',
      'cycle',
      'table',
      'note',
    ]);
  });

  it('handles accents, other scripts and digits', () => {
    expect(searchWords('Café — مرحبا بالعالم 2026')).toEqual(['café', 'مرحبا', 'بالعالم', '2026']);
  });

  it('cuts very long runs to the indexed length', () => {
    expect(searchWords('x'.repeat(100))[0]).toHaveLength(32);
  });

  it('uses the first word of a query as the prefix', () => {
    expect(searchPrefix('  Photo synth')).toBe('photo');
    expect(searchPrefix('!!')).toBe('');
  });
});
