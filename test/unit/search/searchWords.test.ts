import { describe, expect, it } from 'vitest';
import {
  MAX_WORDS_PER_ITEM,
  searchPrefix,
  searchPrefixes,
  searchWords,
} from '@/lib/search/searchWords';

/** `count` distinct words: w0 w1 w2 … */
const manyWords = (count: number, prefix = 'w') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ');

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

  it('keeps at most MAX_WORDS_PER_ITEM distinct words', () => {
    expect(searchWords(manyWords(MAX_WORDS_PER_ITEM))).toHaveLength(MAX_WORDS_PER_ITEM);
    const capped = searchWords(manyWords(MAX_WORDS_PER_ITEM + 50));
    expect(capped).toHaveLength(MAX_WORDS_PER_ITEM);
    expect(capped.at(-1)).toBe(`w${MAX_WORDS_PER_ITEM - 1}`);
  });

  it('lets earlier texts win when the cap is reached', () => {
    const words = searchWords('Volcano report', 'my note', manyWords(MAX_WORDS_PER_ITEM + 10));
    expect(words).toHaveLength(MAX_WORDS_PER_ITEM);
    expect(words.slice(0, 4)).toEqual(['volcano', 'report', 'my', 'note']);
    expect(words).not.toContain(`w${MAX_WORDS_PER_ITEM - 4}`);
  });

  it('counts a repeated word once towards the cap', () => {
    const words = searchWords('alpha', `alpha ${manyWords(MAX_WORDS_PER_ITEM - 1)} alpha`);
    expect(words).toHaveLength(MAX_WORDS_PER_ITEM);
    expect(words.at(-1)).toBe(`w${MAX_WORDS_PER_ITEM - 2}`);
  });

  it('keeps words whole in scripts that write vowels as combining marks', () => {
    // Devanagari vowel signs and viramas are marks, not letters: splitting on
    // them would index "दुनिया" as one-letter fragments, which are dropped.
    expect(searchWords('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
    expect(searchPrefixes('दुनि')).toEqual(['दुनि']);
  });

  it('splits a query into every word, as the index stores them', () => {
    expect(searchPrefixes('  Photo, SYNTH! a')).toEqual(['photo', 'synth']);
    expect(searchPrefixes('')).toEqual([]);
  });
});
