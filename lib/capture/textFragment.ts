/**
 * Builds `text=` directives (https://wicg.github.io/scroll-to-text-fragment/)
 * so a clip's source link scrolls back to the passage and highlights it.
 *
 * The builder works on plain text: `pageText` is the page's visible text
 * with whitespace collapsed to single spaces and "\n" between blocks, and
 * `selectedText` is the passage as it appears there. A browser matches each
 * term case-insensitively, at word boundaries, within one block, and takes
 * the first match in the page; so a term never spans a "\n" here, and
 * context is added only when the passage's own words would match earlier.
 */

export interface TextFragmentInput {
  selectedText: string;
  pageText: string;
  /** Where `selectedText` starts in `pageText`; without it the first occurrence is assumed. */
  startOffset?: number;
}

/** Longest passage quoted whole; longer or multi-block ones use `textStart,textEnd`. */
export const MAX_EXACT_LENGTH = 300;
/** Words in a `textStart` or `textEnd` term, before disambiguation. */
const RANGE_WORDS = 4;
/** Most words of context tried on either side. */
const MAX_CONTEXT_WORDS = 5;

interface Directive {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** The `text=…` directive for the passage, or null when there is no text to point at. */
export function buildTextFragment({
  selectedText,
  pageText,
  startOffset,
}: TextFragmentInput): string | null {
  const located = locate(selectedText.trim(), pageText, startOffset);
  if (!located) return null;
  const { passage, position } = located;
  const blocks = passage.split(/\s*\n\s*/).filter((block) => block !== '');
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first === undefined || last === undefined) return null;

  let directive: Directive = { start: passage };
  if (blocks.length > 1 || passage.length > MAX_EXACT_LENGTH) {
    const start = firstWords(first, RANGE_WORDS);
    const end = lastWords(last, RANGE_WORDS);
    // A single block too short in words to split is quoted whole.
    if (blocks.length > 1 || start.length + end.length < first.length) {
      directive = { start, end: endTermWithin(passage, start, last) };
    }
  }
  if (position !== null)
    directive = disambiguate(directive, pageText, position, position + passage.length);
  return `text=${encodeDirective(directive)}`;
}

/** `pageUrl` without its own fragment, pointing at `directive`. */
export function withTextFragment(pageUrl: string, directive: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash === -1 ? pageUrl : pageUrl.slice(0, hash)}#:~:${directive}`;
}

/**
 * Percent-encodes a term. Besides what encodeURIComponent escapes, the
 * spec reserves "-" (prefix/suffix marker), "," (term separator) and "&"
 * (directive separator).
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function encodeDirective({ prefix, start, end, suffix }: Directive): string {
  return [
    prefix && `${encodeFragmentTerm(prefix)}-`,
    encodeFragmentTerm(start),
    end && encodeFragmentTerm(end),
    suffix && `-${encodeFragmentTerm(suffix)}`,
  ]
    .filter(Boolean)
    .join(',');
}

/**
 * Finds the passage in the page and widens it to whole words: browsers only
 * match at word boundaries, so half a word selected would match nothing.
 */
function locate(
  selected: string,
  pageText: string,
  startOffset: number | undefined,
): { passage: string; position: number | null } | null {
  if (selected === '') return null;
  const folded = fold(pageText);
  const target = fold(selected);
  let position =
    startOffset !== undefined && folded.startsWith(target, startOffset)
      ? startOffset
      : folded.indexOf(target);
  if (position === -1) return { passage: selected, position: null };
  let end = position + selected.length;
  while (position > 0 && joinsWord(pageText, position)) position--;
  while (end < pageText.length && joinsWord(pageText, end)) end++;
  return { passage: pageText.slice(position, end), position };
}

/** Case-folds without changing length, so offsets into the folded text stay valid. */
function fold(text: string): string {
  let result = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    result += lower.length === char.length ? lower : char;
  }
  return result;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** Scripts written without spaces: every character boundary may be a word boundary. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !UNSPACED.test(char);
}

/**
 * Punctuation that stays inside a word between letters ("Mozilla’s",
 * "e.g") or between digits ("1,000", "3.14"), as Unicode word segmentation
 * (UAX #29), and so the browser's matcher, treats it.
 */
const MID_LETTER = /['’.:·]/;
const MID_NUMBER = /[,.;'’]/;

function midWord(
  before: string | undefined,
  mid: string | undefined,
  after: string | undefined,
): boolean {
  if (mid === undefined || !isWordChar(before) || !isWordChar(after)) return false;
  const digits = /\p{N}/u.test(before ?? '') && /\p{N}/u.test(after ?? '');
  return digits ? MID_NUMBER.test(mid) : MID_LETTER.test(mid);
}

/** True when offset `at` falls inside a word. */
function joinsWord(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (isWordChar(before) && isWordChar(after)) return true;
  return midWord(before, after, text[at + 1]) || midWord(text[at - 2], before, after);
}

/** Word start/end offsets, by the platform's word segmenter (which knows unspaced scripts) when present. */
function wordSpans(text: string): [number, number][] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segments = new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text);
    return [...segments]
      .filter((s) => s.isWordLike)
      .map((s) => [s.index, s.index + s.segment.length]);
  }
  return [...text.matchAll(/[\p{L}\p{N}\p{M}_'’]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

function firstWords(text: string, count: number): string {
  const spans = wordSpans(text);
  const last = spans[Math.min(count, spans.length) - 1];
  return last ? text.slice(0, last[1]).trim() : text;
}

function lastWords(text: string, count: number): string {
  const spans = wordSpans(text);
  const first = spans[Math.max(0, spans.length - count)];
  return first ? text.slice(first[0]).trim() : text;
}

/**
 * The browser looks for `textEnd` from the end of the `textStart` match and
 * takes the first hit; if the last words also occur earlier in the passage,
 * add words until they don't (or the last block is used up).
 */
function endTermWithin(passage: string, start: string, lastBlock: string): string {
  const folded = fold(passage);
  let end = lastWords(lastBlock, RANGE_WORDS);
  for (let count = RANGE_WORDS + 1; ; count++) {
    if (indexOfWord(folded, fold(end), start.length) === passage.length - end.length) return end;
    const longer = lastWords(lastBlock, count);
    // No more words to add: the browser will stop early, but still in the passage.
    if (longer === end) return end;
    end = longer;
  }
}

/** Adds the fewest words of context that make the browser's first match the passage at `position`. */
function disambiguate(
  directive: Directive,
  pageText: string,
  position: number,
  end: number,
): Directive {
  const folded = fold(pageText);
  if (firstMatch(folded, directive) === position) return directive;
  const lineStart = pageText.lastIndexOf('\n', position - 1) + 1;
  const lineEnd =
    pageText.indexOf('\n', end) === -1 ? pageText.length : pageText.indexOf('\n', end);
  // Context stays within the passage's block: a prefix across a block boundary may not match.
  const before = pageText.slice(lineStart, position).trim();
  const after = pageText.slice(end, lineEnd).trim();
  for (let count = 1; count <= MAX_CONTEXT_WORDS; count++) {
    const prefix = before ? lastWords(before, count) : undefined;
    const suffix = after ? firstWords(after, count) : undefined;
    const candidates: Directive[] = [
      ...(prefix ? [{ ...directive, prefix }] : []),
      ...(suffix ? [{ ...directive, suffix }] : []),
      ...(prefix && suffix ? [{ ...directive, prefix, suffix }] : []),
    ];
    const found = candidates.find((candidate) => firstMatch(folded, candidate) === position);
    if (found) return found;
  }
  return directive;
}

/**
 * Where a browser's first match of `directive` starts in the (folded) page
 * text, following the spec's loop: find the prefix (if any) and the start
 * right after it, then the first end after the start, then the suffix right
 * after that; on a miss, try again from the next occurrence.
 */
function firstMatch(page: string, directive: Directive): number {
  const prefix = directive.prefix && fold(directive.prefix);
  const start = fold(directive.start);
  const end = directive.end && fold(directive.end);
  const suffix = directive.suffix && fold(directive.suffix);
  let from = 0;
  for (;;) {
    let startAt: number;
    if (prefix) {
      const prefixAt = indexOfWord(page, prefix, from);
      if (prefixAt === -1) return -1;
      from = prefixAt + 1;
      startAt = skipSpace(page, prefixAt + prefix.length);
      if (!page.startsWith(start, startAt) || !atWordEdges(page, startAt, start.length)) continue;
    } else {
      startAt = indexOfWord(page, start, from);
      if (startAt === -1) return -1;
      from = startAt + 1;
    }
    let matchEnd = startAt + start.length;
    if (end) {
      const endAt = indexOfWord(page, end, matchEnd);
      if (endAt === -1) return -1;
      matchEnd = endAt + end.length;
    }
    if (suffix) {
      const suffixAt = skipSpace(page, matchEnd);
      if (!page.startsWith(suffix, suffixAt) || !atWordEdges(page, suffixAt, suffix.length))
        continue;
    }
    return startAt;
  }
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  return at;
}

function atWordEdges(text: string, at: number, length: number): boolean {
  return !joinsWord(text, at) && !joinsWord(text, at + length);
}

/** Like indexOf, but only matches that begin and end at word boundaries. */
function indexOfWord(text: string, term: string, from: number): number {
  for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1)) {
    if (atWordEdges(text, at, term.length)) return at;
  }
  return -1;
}
