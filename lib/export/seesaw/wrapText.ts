/**
 * Breaks text into lines no wider than maxWidth, as `measure` counts width:
 * at spaces where it can, inside a word only when the word alone is too wide
 * (long URLs, and scripts such as Chinese or Japanese that use no spaces).
 * Paragraph breaks are kept; an empty paragraph gives an empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      if (measure(word) <= maxWidth) {
        line = word;
        continue;
      }
      // Code points, so a surrogate pair (emoji, rare CJK) is never split.
      for (const char of Array.from(word)) {
        if (line !== '' && measure(line + char) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
  }
  return lines;
}
