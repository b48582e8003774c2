import { describe, expect, it } from 'vitest';
import {
  buildTextFragment,
  encodeFragmentTerm,
  MAX_EXACT_LENGTH,
  withTextFragment,
} from '@/lib/capture/textFragment';

/** Decodes a directive back into its parts, as a browser would. */
function decode(directive: string | null) {
  expect(directive).toMatch(/^text=/);
  const terms = directive!.slice('text='.length).split(',');
  const prefix = terms[0]?.endsWith('-')
    ? decodeURIComponent(terms.shift()!.slice(0, -1))
    : undefined;
  const suffix = terms.at(-1)?.startsWith('-')
    ? decodeURIComponent(terms.pop()!.slice(1))
    : undefined;
  const [start, end] = terms.map((term) => decodeURIComponent(term));
  return { prefix, start, end, suffix };
}

describe('encodeFragmentTerm', () => {
  it('escapes the characters the directive syntax reserves', () => {
    expect(encodeFragmentTerm('well-known, safe & sound')).toBe(
      'well%2Dknown%2C%20safe%20%26%20sound',
    );
    expect(encodeFragmentTerm('#:~:text=50%')).toBe('%23%3A~%3Atext%3D50%25');
    expect(encodeFragmentTerm('élan 東京')).toBe('%C3%A9lan%20%E6%9D%B1%E4%BA%AC');
  });
});

describe('withTextFragment', () => {
  it("replaces the page's own fragment", () => {
    expect(withTextFragment('https://example.org/a?b=1#section', 'text=x')).toBe(
      'https://example.org/a?b=1#:~:text=x',
    );
    expect(withTextFragment('https://example.org/a', 'text=x')).toBe(
      'https://example.org/a#:~:text=x',
    );
  });
});

describe('buildTextFragment', () => {
  const page =
    'Rivers\nRivers carve valleys over thousands of years.\nLakes fill basins left by glaciers.';

  it('quotes a short passage whole', () => {
    const directive = buildTextFragment({
      selectedText: 'carve valleys',
      pageText: page,
      startOffset: page.indexOf('carve'),
    });
    expect(directive).toBe('text=carve%20valleys');
  });

  it('widens a selection to whole words', () => {
    const at = page.indexOf('arve valle');
    expect(buildTextFragment({ selectedText: 'arve valle', pageText: page, startOffset: at })).toBe(
      'text=carve%20valleys',
    );
  });

  it('treats apostrophes and number separators as part of a word, as browsers do', () => {
    const pageText = 'While he was Mozilla’s CTO, it cost US$1,000 in 2008.';
    const end = pageText.indexOf('’');
    const at = pageText.indexOf('he was');
    expect(
      buildTextFragment({ selectedText: pageText.slice(at, end), pageText, startOffset: at }),
    ).toBe('text=he%20was%20Mozilla%E2%80%99s');
    const cost = pageText.indexOf('1,0');
    expect(buildTextFragment({ selectedText: '1,0', pageText, startOffset: cost })).toBe(
      'text=1%2C000',
    );
  });

  it('adds a prefix when the passage first occurs earlier in the page', () => {
    const pageText = 'A river is long.\nIn spring the river is long.';
    const at = pageText.lastIndexOf('river is long');
    const parts = decode(
      buildTextFragment({ selectedText: 'river is long', pageText, startOffset: at }),
    );
    expect(parts).toEqual({
      prefix: 'the',
      start: 'river is long',
      end: undefined,
      suffix: undefined,
    });
  });

  it('picks the context that actually singles the passage out', () => {
    // "the" before the second passage also precedes the first ("The river…"), so a suffix is needed.
    const pageText = 'The river is long.\nIn spring the river is long and fast.';
    const at = pageText.lastIndexOf('river is long');
    const parts = decode(
      buildTextFragment({ selectedText: 'river is long', pageText, startOffset: at }),
    );
    expect(parts).toEqual({
      prefix: undefined,
      start: 'river is long',
      end: undefined,
      suffix: 'and',
    });
  });

  it('uses a suffix when the passage starts its block', () => {
    const pageText = 'Notes\nSee below.\nSee below for the map.';
    const at = pageText.lastIndexOf('See below');
    const parts = decode(
      buildTextFragment({ selectedText: 'See below', pageText, startOffset: at }),
    );
    expect(parts).toEqual({ prefix: undefined, start: 'See below', end: undefined, suffix: 'for' });
  });

  it('uses textStart,textEnd for passages across blocks', () => {
    const selectedText =
      'carve valleys over thousands of years.\nLakes fill basins left by glaciers';
    const parts = decode(
      buildTextFragment({ selectedText, pageText: page, startOffset: page.indexOf('carve') }),
    );
    expect(parts).toEqual({
      prefix: undefined,
      start: 'carve valleys over thousands',
      end: 'basins left by glaciers',
      suffix: undefined,
    });
  });

  it('uses textStart,textEnd for long passages', () => {
    const sentence = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    expect(sentence.length).toBeGreaterThan(MAX_EXACT_LENGTH);
    const parts = decode(
      buildTextFragment({ selectedText: sentence, pageText: sentence, startOffset: 0 }),
    );
    expect(parts).toEqual({
      prefix: undefined,
      start: 'word0 word1 word2 word3',
      end: 'word56 word57 word58 word59',
      suffix: undefined,
    });
  });

  it('lengthens textEnd until it marks the real end of the passage', () => {
    const words = (from: number) => Array.from({ length: 40 }, (_, i) => `w${from + i}`);
    const passage = [...words(0), 'the end of it', ...words(40), 'the end of it'].join(' ');
    const parts = decode(
      buildTextFragment({ selectedText: passage, pageText: passage, startOffset: 0 }),
    );
    expect(parts.end).toBe('w79 the end of it');
  });

  it('matches case-insensitively and at word boundaries when checking uniqueness', () => {
    // "Start" inside "Restart" is not a match, and "START" is the same word as "start".
    const pageText = 'Restart here.\nSTART now please.\nThen start now again.';
    const at = pageText.lastIndexOf('start now');
    const parts = decode(
      buildTextFragment({ selectedText: 'start now', pageText, startOffset: at }),
    );
    expect(parts).toEqual({
      prefix: 'Then',
      start: 'start now',
      end: undefined,
      suffix: undefined,
    });
  });

  it('escapes reserved characters inside the terms', () => {
    const pageText = 'Prices rose 5% in 2023-24, then fell & stayed low.';
    const directive = buildTextFragment({
      selectedText: '2023-24, then fell & stayed',
      pageText,
      startOffset: 15,
    });
    expect(directive).toBe('text=2023%2D24%2C%20then%20fell%20%26%20stayed');
  });

  it('segments unspaced scripts into words', () => {
    const pageText = '東京は日本の首都です。'.repeat(40);
    const parts = decode(buildTextFragment({ selectedText: pageText, pageText, startOffset: 0 }));
    expect(parts.start!.length).toBeLessThan(20);
    expect(pageText.startsWith(parts.start!)).toBe(true);
    expect(pageText.endsWith(parts.end!)).toBe(true);
  });

  it('still builds a directive when the passage is not found in the page text', () => {
    expect(buildTextFragment({ selectedText: 'not there', pageText: page })).toBe(
      'text=not%20there',
    );
    expect(buildTextFragment({ selectedText: '   ', pageText: page })).toBeNull();
  });
});
