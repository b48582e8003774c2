// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readSelection } from '@/lib/capture/readSelection';

const PAGE_URL = 'https://example.org/geo/rivers.html#top';

function page(body: string, attributes = '') {
  const dom = new JSDOM(
    `<!doctype html><html ${attributes}><head><title>Rivers</title></head><body>${body}</body></html>`,
    {
      url: PAGE_URL,
    },
  );
  return dom.window as unknown as Window;
}

/** Selects from `startText`'s first character to `endText`'s last (each the first text node containing it). */
function select(win: Window, startText: string, endText: string, occurrence = 0) {
  const doc = win.document;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const starts = nodes.filter((node) => node.data.includes(startText));
  const startNode = starts[occurrence]!;
  const endNode = nodes
    .slice(nodes.indexOf(startNode))
    .find((node) => node.data.includes(endText))!;
  const range = doc.createRange();
  range.setStart(startNode, startNode.data.indexOf(startText));
  const endFrom = endNode === startNode ? startNode.data.indexOf(startText) : 0;
  range.setEnd(endNode, endNode.data.indexOf(endText, endFrom) + endText.length);
  const selection = win.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/** Parses captured HTML on its own, as the viewer will. */
function html(markup: string): Document {
  return new JSDOM(`<body>${markup}</body>`).window.document;
}

function directive(url: string) {
  const [page, fragment] = url.split('#:~:text=');
  return { page, terms: fragment?.split(',').map((term) => decodeURIComponent(term)) };
}

describe('readSelection', () => {
  it('returns null without a selection or with a collapsed one', () => {
    const win = page('<p>Rivers carve valleys.</p>');
    expect(readSelection(win, PAGE_URL)).toBeNull();
    const range = win.document.createRange();
    range.setStart(win.document.querySelector('p')!.firstChild!, 3);
    win.getSelection()!.addRange(range);
    expect(readSelection(win, PAGE_URL)).toBeNull();
  });

  it('reads a passage inside one paragraph, keeping the link it sits in', () => {
    const win = page(
      '<p>See <a href="/maps/valleys.html" onclick="steal()">how rivers carve valleys</a> today.</p>',
    );
    select(win, 'rivers carve', 'carve');
    const capture = readSelection(win, PAGE_URL)!;
    expect(capture.text).toBe('rivers carve');
    const link = html(capture.html).querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/maps/valleys.html');
    expect(link?.hasAttribute('onclick')).toBe(false);
    expect(link?.textContent).toBe('rivers carve');
    expect(capture.textFragmentUrl).toBe(
      'https://example.org/geo/rivers.html#:~:text=rivers%20carve',
    );
  });

  it('keeps paragraph breaks and uses textStart,textEnd across blocks', () => {
    const win = page(`
      <h1>Rivers</h1>
      <p>Rivers   carve valleys
         over thousands of years.</p>
      <p>Lakes fill basins left by glaciers.</p>
      <script>var tracking = 1;</script>
      <p>Deltas form where rivers meet the sea.</p>`);
    select(win, 'carve', 'Deltas form');
    const capture = readSelection(win, PAGE_URL)!;
    expect(capture.text).toBe(
      'carve valleys over thousands of years.\n\nLakes fill basins left by glaciers.\n\nDeltas form',
    );
    const doc = html(capture.html);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
    expect(doc.querySelector('script')).toBeNull();
    expect(capture.html).not.toContain('tracking');
    expect(directive(capture.textFragmentUrl)).toEqual({
      page: 'https://example.org/geo/rivers.html',
      terms: ['carve valleys over thousands', 'Deltas form'],
    });
  });

  it('adds context when the selected words appear earlier in the page', () => {
    const win = page('<p>The delta is wide.</p><p>In spring, the delta is wide and wet.</p>');
    select(win, 'delta is wide', 'delta is wide', 1);
    const capture = readSelection(win, PAGE_URL)!;
    expect(capture.text).toBe('delta is wide');
    expect(directive(capture.textFragmentUrl).terms).toEqual(['delta is wide', '-and']);
  });

  it('keeps table structure around selected cells', () => {
    const win = page(
      '<table><tbody><tr><td>River</td><td>Length</td></tr><tr><td>Nile</td><td>6650 km</td></tr></tbody></table>',
    );
    select(win, 'Length', 'Nile');
    const capture = readSelection(win, PAGE_URL)!;
    expect(capture.text).toBe('Length\nNile');
    const doc = html(capture.html);
    expect(doc.querySelector('table tr td')?.textContent).toBe('Length');
    expect(doc.querySelectorAll('tr')).toHaveLength(2);
  });

  it('keeps list items inside their list', () => {
    const win = page('<ol start="2"><li>Erosion</li><li>Transport</li><li>Deposition</li></ol>');
    select(win, 'Erosion', 'Transport');
    const doc = html(readSelection(win, PAGE_URL)!.html);
    expect(doc.querySelector('ol[start="2"]')?.children).toHaveLength(2);
  });

  it('carries the writing direction and language of the context', () => {
    const win = page('<p>الأنهار تنحت الوديان عبر آلاف السنين.</p>', 'lang="ar" dir="rtl"');
    select(win, 'تنحت', 'الوديان');
    const capture = readSelection(win, PAGE_URL)!;
    const wrapper = html(capture.html).body.firstElementChild;
    expect(wrapper?.getAttribute('dir')).toBe('rtl');
    expect(wrapper?.getAttribute('lang')).toBe('ar');
    expect(capture.text).toBe('تنحت الوديان');
    expect(decodeURIComponent(capture.textFragmentUrl)).toContain('#:~:text=تنحت الوديان');
  });

  it('makes images absolute and drops what the sanitizer forbids', () => {
    const win = page(
      '<div><p>Before <img src="img/river.png" srcset="img/river-2x.png 2x" alt="River"> after</p><form action="/x"><input value="secret"></form></div>',
    );
    select(win, 'Before', 'after');
    const capture = readSelection(win, PAGE_URL)!;
    const img = html(capture.html).querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://example.org/geo/img/river.png');
    expect(img?.getAttribute('srcset')).toBe('https://example.org/geo/img/river-2x.png 2x');
    expect(capture.html).not.toContain('secret');
  });

  it('widens the link target to whole words but keeps the text as selected', () => {
    const win = page('<p>Floodplains are fertile.</p>');
    const text = win.document.querySelector('p')!.firstChild!;
    const range = win.document.createRange();
    range.setStart(text, 5); // "plains are fert"
    range.setEnd(text, 20);
    win.getSelection()!.addRange(range);
    const capture = readSelection(win, PAGE_URL)!;
    expect(capture.text).toBe('plains are fert');
    expect(directive(capture.textFragmentUrl).terms).toEqual(['Floodplains are fertile']);
  });
});
