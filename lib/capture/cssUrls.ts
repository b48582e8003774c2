/**
 * Finding and replacing the URLs inside CSS without a full CSS parser: the
 * references a browser would fetch are `url(…)`, the string form of
 * `@import "…"`, and the bare strings inside `image-set(…)`. Comments and
 * other strings are copied untouched.
 */

export type CssUrlKind = 'url' | 'import' | 'image-set';

/** What a removed reference becomes: valid CSS that loads nothing. */
export const REMOVED_CSS_URL = 'about:invalid';

/**
 * CSS allows escapes anywhere, so `\75 rl(` is a `url(` and `ht\74p:` is
 * `http:`. Writing escaped ASCII letters as the letters themselves (always
 * equivalent: letters are valid wherever an escape is) leaves nothing hidden
 * from the scanner below. Other escapes (`\31 0`, `\:`) stay as written.
 */
export function normalizeCssLetterEscapes(css: string): string {
  return css.replace(
    /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([\s\S]))/g,
    (match, hex?: string, char?: string) => {
      if (hex !== undefined) {
        const letter = codePointOf(hex);
        return /^[A-Za-z]$/.test(letter) ? letter : match;
      }
      return char && /^[g-zG-Z]$/.test(char) ? char : match; // a-f would read as hex
    },
  );
}

/**
 * Calls `replace` with each referenced URL (unescaped) and writes back the
 * URL it returns, or an inert `url("about:invalid")` when it returns null.
 */
export function rewriteCssUrls(
  css: string,
  replace: (url: string, kind: CssUrlKind) => string | null,
): string {
  const source = normalizeCssLetterEscapes(css);
  const write = (url: string, kind: CssUrlKind) =>
    `url(${quoteCssString(replace(url, kind) ?? REMOVED_CSS_URL)})`;
  let out = '';
  let i = 0;
  let depth = 0;
  /** Paren depths at which an image-set( was opened. */
  const imageSets: number[] = [];
  let afterImport = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = stringEnd(source, i);
      const token = source.slice(i, end);
      if (afterImport) out += write(unquoteCssString(token), 'import');
      else if (imageSets.length > 0 && imageSets.at(-1) === depth)
        out += write(unquoteCssString(token), 'image-set');
      else out += token;
      afterImport = false;
      i = end;
      continue;
    }
    const startsIdent = !isIdentChar(source[i - 1]);
    if (startsIdent && source.slice(i, i + 4).toLowerCase() === 'url(') {
      const token = readUrlToken(source, i + 4);
      out += write(token.url, afterImport ? 'import' : 'url');
      afterImport = false;
      i = token.end;
      continue;
    }
    if (c === '@' && /^@namespace(?![\w-])/i.test(source.slice(i, i + 11))) {
      // A namespace URL is a name, never fetched: copy the rule as written.
      const end = source.indexOf(';', i);
      const stop = end === -1 ? source.length : end + 1;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '@' && /^@import(?![\w-])/i.test(source.slice(i, i + 8))) {
      afterImport = true;
      out += source.slice(i, i + 7);
      i += 7;
      continue;
    }
    const imageSet = startsIdent
      ? /^(?:-webkit-)?image-set\(/i.exec(source.slice(i, i + 18))
      : null;
    if (imageSet) {
      depth += 1;
      imageSets.push(depth);
      out += imageSet[0];
      i += imageSet[0].length;
      continue;
    }
    if (c === '(') depth += 1;
    if (c === ')') {
      if (imageSets.at(-1) === depth) imageSets.pop();
      depth = Math.max(0, depth - 1);
    }
    if (afterImport && !/\s/.test(c)) afterImport = false;
    out += c;
    i += 1;
  }
  return out;
}

/** Every URL the CSS refers to, resolved against `baseUrl` where it can be. */
export function listCssUrls(css: string, baseUrl: string): { url: string; kind: CssUrlKind }[] {
  const found: { url: string; kind: CssUrlKind }[] = [];
  rewriteCssUrls(css, (url, kind) => {
    found.push({ url: resolveUrl(url, baseUrl) ?? url, kind });
    return url;
  });
  return found;
}

/** `new URL(url, base).href`, or null when it does not parse. */
export function resolveUrl(url: string, baseUrl: string | null | undefined): string | null {
  try {
    return new URL(url.trim(), baseUrl ?? undefined).href;
  } catch {
    return null;
  }
}

export function quoteCssString(value: string): string {
  return `"${value.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[\w\-\\\u0080-\uffff]/.test(c);
}

/** Index just past a quoted string starting at `start` (an unclosed one ends at the line). */
function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (c === '\n') return i;
    else i += 1;
  }
  return source.length;
}

function readUrlToken(source: string, from: number): { url: string; end: number } {
  let i = from;
  while (/\s/.test(source[i] ?? '')) i += 1;
  const c = source[i];
  if (c === '"' || c === "'") {
    const end = stringEnd(source, i);
    const close = source.indexOf(')', end);
    return {
      url: unquoteCssString(source.slice(i, end)),
      end: close === -1 ? source.length : close + 1,
    };
  }
  let raw = '';
  while (i < source.length && source[i] !== ')') {
    if (source[i] === '\\' && i + 1 < source.length) {
      raw += source.slice(i, i + 2);
      i += 2;
    } else {
      raw += source[i];
      i += 1;
    }
  }
  return { url: unescapeCss(raw.trim()), end: Math.min(i + 1, source.length) };
}

function unquoteCssString(token: string): string {
  const quote = token[0];
  const body =
    token.endsWith(quote ?? '') && token.length > 1 ? token.slice(1, -1) : token.slice(1);
  return unescapeCss(body.replace(/\\\r?\n/g, ''));
}

function unescapeCss(text: string): string {
  return text.replace(
    /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([\s\S]))/g,
    (_, hex?: string, char?: string) => (hex !== undefined ? codePointOf(hex) : (char ?? '')),
  );
}

/** The character a hex escape stands for; U+FFFD for zero, surrogates and out of range (CSS Syntax §4.3.7). */
function codePointOf(hex: string): string {
  const value = parseInt(hex, 16);
  const valid = value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff);
  return String.fromCodePoint(valid ? value : 0xfffd);
}
