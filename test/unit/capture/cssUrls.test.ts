import { describe, expect, it } from 'vitest';
import { listCssUrls, normalizeCssLetterEscapes, rewriteCssUrls } from '@/lib/capture/cssUrls';
import { flattenCssImports } from '@/lib/capture/flattenCssImports';

const upper = (css: string) => rewriteCssUrls(css, (url) => url.toUpperCase());

describe('rewriteCssUrls', () => {
  it.each([
    ['a { background: url(a.png) }', 'a { background: url("A.PNG") }'],
    ['a { background: url( "a b.png" ) }', 'a { background: url("A B.PNG") }'],
    ["a { background: URL('a.png') }", 'a { background: url("A.PNG") }'],
    ['@import "x.css";', '@import url("X.CSS");'],
    ["@import url('x.css') print;", '@import url("X.CSS") print;'],
    [
      'a { b: image-set("a.png" 1x, url(b.png) 2x) }',
      'a { b: image-set(url("A.PNG") 1x, url("B.PNG") 2x) }',
    ],
    ['a { b: -webkit-image-set("a.png" 1x) }', 'a { b: -webkit-image-set(url("A.PNG") 1x) }'],
  ])('%s', (css, expected) => {
    expect(upper(css)).toBe(expected);
  });

  it('leaves strings, comments and look-alikes alone', () => {
    const css =
      'a::before { content: "url(x)" } /* url(y) */ .myurl(z) b { font-family: "image-set" }';
    expect(upper(css)).toBe(css);
  });

  it('sees through CSS escapes that spell a URL', () => {
    const seen = listCssUrls(
      'a { b: \\75 rl(ht\\74p://evil.example/x) } c { d: u\\72l(y) }',
      'https://site.example/',
    );
    expect(seen.map(({ url }) => url)).toEqual(['http://evil.example/x', 'https://site.example/y']);
  });

  it('leaves @namespace URLs alone: they are names, not fetched', () => {
    const css = '@namespace svg url(http://www.w3.org/2000/svg); svg|a { b: url(c) }';
    expect(upper(css)).toBe(
      '@namespace svg url(http://www.w3.org/2000/svg); svg|a { b: url("C") }',
    );
  });

  it('writes an inert about:invalid where the callback returns null', () => {
    expect(rewriteCssUrls('a { b: url(x) }', () => null)).toBe('a { b: url("about:invalid") }');
  });

  it('escapes what it writes back into a string', () => {
    expect(rewriteCssUrls('a { b: url(x) }', () => 'a"b\\c')).toBe('a { b: url("a\\22 b\\5c c") }');
  });
});

describe('normalizeCssLetterEscapes', () => {
  it('writes escaped letters as letters and keeps every other escape', () => {
    expect(normalizeCssLetterEscapes('\\75 rl \\55RL \\g .\\31 0 .a\\:b \\\\u "\\201C"')).toBe(
      'url URL g .\\31 0 .a\\:b \\\\u "\\201C"',
    );
  });
});

describe('flattenCssImports', () => {
  const sheets: Record<string, string> = {
    'https://site.example/css/a.css':
      '@charset "utf-8"; @import "nested/b.css"; .a { background: url(../img/a.png) }',
    'https://site.example/css/nested/b.css': '.b { background: url(b.png) }',
    'https://site.example/css/loop.css': '@import "loop.css"; .loop {}',
  };
  const load = (url: string) => (url in sheets ? { css: sheets[url]!, baseUrl: url } : null);

  it('inlines imports before the rest, resolving URLs against each sheet', () => {
    const flat = flattenCssImports(
      '@import url(css/a.css); .main {}',
      'https://site.example/',
      load,
    );
    expect(flat).toBe(
      '.b { background: url("https://site.example/css/nested/b.png") }\n' +
        '  .a { background: url("https://site.example/img/a.png") }\n .main {}',
    );
  });

  it('keeps the conditions of an import as blocks', () => {
    const flat = flattenCssImports(
      '@import "css/nested/b.css" layer(base) supports(display: grid) screen and (min-width: 40em);',
      'https://site.example/',
      load,
    );
    expect(flat.replace(/\s+/g, ' ').trim()).toBe(
      '@media screen and (min-width: 40em) { @supports (display: grid) { @layer base { .b { background: url("https://site.example/css/nested/b.png") } } } }',
    );
  });

  it('drops imports it cannot load, and survives import cycles', () => {
    expect(flattenCssImports('@import "missing.css"; .x {}', 'https://site.example/', load)).toBe(
      ' .x {}',
    );
    expect(flattenCssImports('@import "css/loop.css";', 'https://site.example/', load)).toContain(
      '.loop {}',
    );
  });

  it('ignores @import after the first rule, as browsers do', () => {
    const css = '.x {} @import "css/a.css";';
    expect(flattenCssImports(css, 'https://site.example/', load)).toBe(css);
  });
});
