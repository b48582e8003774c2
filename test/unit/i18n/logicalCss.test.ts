/**
 * Right-to-left safety: the stylesheets place things by where text starts and ends
 * (margin-inline-start, inset-inline-end, text-align: start), so a right-to-left language or a
 * page marked dir="rtl" mirrors the layout instead of breaking it. A physical left/right is
 * allowed only where it is the same in both directions, with a comment saying so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PHYSICAL_PROPERTY =
  /(?:^|[{;])\s*(?:(?:margin|padding|border)-(?:left|right)|left|right)\s*:/;
const PHYSICAL_VALUE = /(?:^|[{;])\s*(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;

/** Comments blanked out, lines kept, so a "direction-neutral" note can sit beside its rule. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) =>
    comment.includes('direction-neutral') ? 'direction-neutral' : comment.replace(/[^\n]/g, ' '),
  );
}

function physicalDeclarations(css: string): string[] {
  return withoutComments(css)
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => PHYSICAL_PROPERTY.test(line) || PHYSICAL_VALUE.test(line))
    .filter(({ line }) => !line.includes('direction-neutral'))
    .map(({ line, number }) => `${number}: ${line}`);
}

const stylesheets = ['components', 'entrypoints'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => path.join(dir, file)),
);

describe('stylesheets use logical directions', () => {
  it('finds the stylesheets', () => {
    expect(stylesheets.length).toBeGreaterThan(5);
  });

  it.each(stylesheets)('%s', (file) => {
    expect(physicalDeclarations(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches physical properties, and lets a direction-neutral one through', () => {
    const css = [
      '.a { margin-left: 1rem; }',
      '.b {',
      '  right: 0;',
      '  text-align: left;',
      '  left: 50%; /* direction-neutral: centred */',
      '  margin-inline-start: 1rem;',
      '  border-top: 1px solid;',
      '}',
    ].join('\n');
    expect(physicalDeclarations(css)).toEqual([
      '1: .a { margin-left: 1rem; }',
      '3: right: 0;',
      '4: text-align: left;',
    ]);
  });
});
