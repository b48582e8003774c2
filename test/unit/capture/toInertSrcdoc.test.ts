// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toInertSrcdoc, VIEWER_CSP } from '@/lib/capture/toInertSrcdoc';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function firstInHead(html: string): Element | null | undefined {
  return parse(toInertSrcdoc(html)).head?.firstElementChild;
}

describe('toInertSrcdoc', () => {
  it.each([
    [
      'a whole document',
      '<!DOCTYPE html><html lang="fr"><head><title>T</title><style>p{}</style></head><body>x</body></html>',
    ],
    ['a document without <head>', '<!doctype html><html><body><p>x</p></body></html>'],
    ['a fragment', '<p>just text</p>'],
    ['an empty string', ''],
    [
      'a comment before the doctype',
      '<!-- saved --><!DOCTYPE html><head><meta charset="utf-8"></head>',
    ],
    [
      '"<head>" inside a comment and an attribute',
      '<!--<head>--><html data-x="<head>"><head><title>T</title></head></html>',
    ],
    [
      'a page with its own, weaker CSP',
      '<head><meta http-equiv="Content-Security-Policy" content="default-src *"></head>',
    ],
  ])('puts the CSP first in <head> for %s', (_, html) => {
    const first = firstInHead(html);
    expect(first?.localName).toBe('meta');
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe(VIEWER_CSP);
  });

  it('keeps the doctype (standards mode), the <html> attributes and the content', () => {
    const doc = parse(
      toInertSrcdoc(
        '<!DOCTYPE html><html lang="fr" dir="rtl"><head><title>T</title></head><body><p>x</p></body></html>',
      ),
    );
    expect(doc.compatMode).toBe('CSS1Compat');
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.title).toBe('T');
    expect(doc.body.textContent).toBe('x');
  });

  it('allows only data: images, fonts and media, and inline styles', () => {
    expect(VIEWER_CSP).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline' data:; font-src data:; media-src data:",
    );
  });
});
