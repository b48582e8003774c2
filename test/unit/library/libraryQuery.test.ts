import { describe, expect, it } from 'vitest';
import { libraryKeyString, parseLibraryKey } from '@/lib/library/libraryQuery';

describe('library keys as strings', () => {
  it('round-trips clip and reflection keys, ids with colons included', () => {
    for (const key of [
      { table: 'evidence', id: 'abc' },
      { table: 'reflections', id: 'abc' },
      { table: 'evidence', id: 'a:b:c' },
    ] as const) {
      expect(parseLibraryKey(libraryKeyString(key))).toEqual(key);
    }
    expect(libraryKeyString({ table: 'evidence', id: 'x' })).not.toBe(
      libraryKeyString({ table: 'reflections', id: 'x' }),
    );
  });

  it('rejects strings that are not keys', () => {
    expect(parseLibraryKey('')).toBeNull();
    expect(parseLibraryKey('e:')).toBeNull();
    expect(parseLibraryKey('x:abc')).toBeNull();
    expect(parseLibraryKey('abc')).toBeNull();
  });
});
