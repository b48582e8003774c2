import type { SelectionCapture } from './captureTypes';
import { absolutizeUrls, documentBaseUrl } from './absolutizeUrls';
import { sanitizeClipHtml } from './sanitizeClipHtml';
import { buildTextFragment, withTextFragment } from './textFragment';

/**
 * What the student selected: its text (paragraph breaks kept, other
 * whitespace collapsed), its sanitized HTML with absolute URLs, and a link
 * that scrolls back to it. Firefox can hold several ranges (a column of
 * table cells); all of them are kept, in order. Null when nothing with text
 * is selected: an image on its own is clipped with the image tools.
 */
export function readSelection(win: Window, pageUrl: string): SelectionCapture | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const ranges: Range[] = [];
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    if (!range.collapsed) ranges.push(range);
  }
  if (ranges.length === 0) return null;

  const doc = win.document;
  const points = ranges.flatMap((range) => [
    { node: range.startContainer, offset: range.startOffset },
    { node: range.endContainer, offset: range.endOffset },
  ]);
  const page = collectText(doc.body ?? doc.documentElement, points);
  const offset = (i: number) => page.offsets[i] ?? page.text.length;
  const text = ranges
    .map((_, i) => tidy(page.text.slice(offset(2 * i), offset(2 * i + 1))))
    .filter((part) => part !== '')
    .join('\n\n');
  if (text === '') return null;

  const base = documentBaseUrl(doc, pageUrl);
  const inert = doc.implementation.createHTMLDocument('');
  const html = ranges.map((range) => rangeHtml(range, inert, base)).join('');

  const from = offset(0);
  const passage = page.text.slice(from, offset(2 * ranges.length - 1));
  const leading = passage.length - passage.trimStart().length;
  const directive = buildTextFragment({
    selectedText: passage,
    pageText: page.text,
    startOffset: from + leading,
  });
  const withoutFragment = pageUrl.split('#')[0] ?? pageUrl;
  return {
    text,
    html: sanitizeClipHtml(html, win),
    textFragmentUrl: directive ? withTextFragment(pageUrl, directive) : withoutFragment,
  };
}

/** Lines trimmed, runs of blank lines reduced to one paragraph break. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** Elements whose text is not part of what a reader sees. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'textarea',
  'select',
]);
/** Elements that end a paragraph ("\n\n") or a line ("\n"); everything else flows inline. */
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'section',
  'article', 'header', 'footer', 'aside', 'nav', 'main', 'hr', 'address', 'details', 'fieldset', 'form',
]); // prettier-ignore
const LINES = new Set([
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'caption',
  'figcaption',
  'summary',
  'legend',
  'br',
]);

/**
 * The text of `root` as a reader sees it: whitespace collapsed, "\n" at
 * line-level and "\n\n" at paragraph-level boundaries (the same blocks a
 * browser's text-fragment search treats as boundaries). `offsets[i]` is the
 * position in that text of `points[i]`, so a selection can be located in it.
 */
function collectText(root: Node, points: BoundaryPoint[]): { text: string; offsets: number[] } {
  let text = '';
  let pendingSpace = false;
  let pendingBreak = 0;
  let preDepth = 0;
  const offsets: number[] = [];
  const pointsAt = new Map<Node, number[]>();
  points.forEach((point, i) => pointsAt.set(point.node, [...(pointsAt.get(point.node) ?? []), i]));
  const mark = (node: Node, offset: number) => {
    for (const i of pointsAt.get(node) ?? [])
      if (points[i]?.offset === offset) offsets[i] = text.length;
  };
  const breakLine = (size: number) => {
    pendingBreak = Math.max(pendingBreak, size);
  };
  const append = (data: string) => {
    for (const part of data.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (preDepth > 0 && part.includes('\n')) breakLine(1);
        else pendingSpace = true;
        continue;
      }
      // Whitespace and breaks are written lazily, so none leads or trails a block.
      if (text !== '')
        text += pendingBreak > 0 ? '\n'.repeat(pendingBreak) : pendingSpace ? ' ' : '';
      pendingSpace = false;
      pendingBreak = 0;
      text += part;
    }
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const data = (node as Text).data;
      const cuts = (pointsAt.get(node) ?? [])
        .map((i) => points[i]?.offset ?? 0)
        .sort((a, b) => a - b);
      let done = 0;
      for (const cut of cuts) {
        append(data.slice(done, cut));
        done = Math.max(done, cut);
        mark(node, cut);
      }
      append(data.slice(done));
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag) || isHidden(element)) {
      // A selection boundary inside skipped content counts as here.
      for (const [i, point] of points.entries())
        if (element.contains(point.node)) offsets[i] ??= text.length;
      return;
    }
    const size = PARAGRAPHS.has(tag) ? 2 : LINES.has(tag) ? 1 : 0;
    if (size) breakLine(size);
    if (tag === 'pre') preDepth++;
    element.childNodes.forEach((child, index) => {
      mark(element, index);
      visit(child);
    });
    mark(element, element.childNodes.length);
    if (tag === 'pre') preDepth--;
    if (size) breakLine(size);
  };
  visit(root);
  return { text, offsets };
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  // Where the browser can tell (not in jsdom), skip what CSS hides too.
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(element) : false;
}

/** Inline elements worth keeping around a selection that lies inside one (a link, emphasis, code). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]); // prettier-ignore

/**
 * The range's HTML, in an inert document (nothing loads or runs there). A
 * range inside a table, list or `<pre>` clones only rows, items or text, which
 * mean nothing alone, so it is wrapped in shallow copies of its ancestors up
 * to that container; one inside a link or emphasis keeps it. The writing
 * direction and language of the context come along.
 */
function rangeHtml(range: Range, inert: Document, base: string): string {
  let content: Node = inert.importNode(range.cloneContents(), true);
  const ancestor = range.commonAncestorContainer;
  const context = ancestor.nodeType === 1 ? (ancestor as Element) : ancestor.parentElement;
  const structure = context?.closest('table, ul, ol, dl, pre');
  for (
    let current = context;
    current && current.localName !== 'body';
    current = current.parentElement
  ) {
    if (!structure && !INLINE.has(current.localName)) break;
    const shell = inert.importNode(current, false) as Element;
    shell.append(content);
    content = shell;
    if (current === structure) break;
  }
  const holder = inert.createElement('div');
  const dir = context?.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  const lang = context?.closest('[lang]')?.getAttribute('lang');
  if (dir === 'rtl' || dir === 'ltr') holder.setAttribute('dir', dir);
  if (lang) holder.setAttribute('lang', lang);
  holder.append(content);
  absolutizeUrls(holder, base);
  return holder.hasAttribute('dir') || holder.hasAttribute('lang')
    ? holder.outerHTML
    : holder.innerHTML;
}
