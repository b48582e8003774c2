import { describe, expect, it } from 'vitest';
import { wrapText } from '@/lib/export/seesaw/wrapText';

const measure = (s: string) => Array.from(s).length;

describe('wrapText', () => {
  it('breaks at spaces, keeps paragraphs, and splits only words too wide alone', () => {
    expect(wrapText('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a\n\nb', 9, measure)).toEqual(['a', '', 'b']);
    expect(wrapText('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('日本語のテキストです', 4, measure)).toEqual(['日本語の', 'テキスト', 'です']);
  });

  it('never splits an emoji in two', () => {
    const lines = wrapText('😀😀😀', 2, measure);
    expect(lines).toEqual(['😀😀', '😀']);
  });
});
