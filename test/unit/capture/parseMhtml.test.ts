import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MhtmlFormatError,
  parseMhtml,
  partBytes,
  partDataUrl,
  partText,
} from '@/lib/capture/parseMhtml';

/** Real Chromium MHTML (see test/fixtures/mhtml/captureMhtmlFixtures.ts), as exact bytes. */
function fixture(name: string): ArrayBuffer {
  const bytes = readFileSync(`test/fixtures/mhtml/${name}`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('parseMhtml on Chromium snapshots', () => {
  it('reads the folded top-level headers and every part', () => {
    const archive = parseMhtml(fixture('mhtml-rich-html.mhtml'));
    expect(archive.snapshotLocation).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mhtml\/rich\.html$/);
    const [main, ...rest] = archive.parts;
    expect(main?.contentType).toBe('text/html');
    expect(main?.contentId).toMatch(/^frame-[0-9A-F]+@mhtml\.blink$/);
    expect(main?.transferEncoding).toBe('quoted-printable');
    expect(rest.map((part) => part.contentType).sort()).toEqual(
      ['image/png', 'image/svg+xml', 'text/css', 'text/css', 'text/css', 'text/html'].sort(),
    );
    // Chromium turns <style> elements into parts addressed by cid:.
    expect(rest.some((part) => part.contentLocation?.startsWith('cid:css-'))).toBe(true);
  });

  it("decodes quoted-printable UTF-8 text (the charset comes from the page's own <meta>)", () => {
    const main = parseMhtml(fixture('mhtml-rich-html.mhtml')).parts[0]!;
    expect(main.charset).toBeNull();
    expect(partText(main)).toContain('Café, naïve — 日本語のテキスト 🎉');
    expect(partText(main)).not.toMatch(/=\r?\n|=3D/);
  });

  it('decodes a windows-1252 page with its declared charset', () => {
    const main = parseMhtml(fixture('mhtml-windows-1252-html.mhtml')).parts[0]!;
    const text = partText(main);
    expect(text).toContain('Café crème brûlée');
    expect(text).toContain('guillemets «ok»');
    // Not asserted: € and – (0x80, 0x93). Node 20's TextDecoder decodes
    // windows-1252's 0x80-0x9F as Latin-1 control characters; browsers don't.
  });

  it('keeps base64 parts byte for byte', () => {
    const archive = parseMhtml(fixture('mhtml-rich-html.mhtml'));
    const png = archive.parts.find((part) => part.contentType === 'image/png')!;
    const original = readFileSync('test/fixtures/hostile/pixel.png');
    expect(Buffer.from(partBytes(png), 'latin1').equals(original)).toBe(true);
    expect(partDataUrl(png)).toBe(`data:image/png;base64,${original.toString('base64')}`);
  });

  it('base64-encodes quoted-printable parts for data: URLs', () => {
    const archive = parseMhtml(fixture('mhtml-rich-html.mhtml'));
    const svg = archive.parts.find((part) => part.contentType === 'image/svg+xml')!;
    const dataUrl = partDataUrl(svg);
    expect(dataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(atob(dataUrl.split(',')[1]!)).toBe(
      readFileSync('test/fixtures/mhtml/shape.svg', 'latin1'),
    );
  });

  it('reads the same archive given as text', () => {
    const text = readFileSync('test/fixtures/mhtml/mhtml-rich-html.mhtml', 'utf8');
    expect(parseMhtml(text).parts).toHaveLength(
      parseMhtml(fixture('mhtml-rich-html.mhtml')).parts.length,
    );
  });
});

describe('parseMhtml on other writers and damaged files', () => {
  const crafted = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary=XYZ; type=text/html',
    '',
    'preamble is ignored',
    '--XYZ',
    'Content-Type: text/html; charset=iso-8859-1',
    'Content-Transfer-Encoding: 8bit',
    'Content-Location: https://example.org/',
    '',
    '<p>Ol\u00e1</p>',
    '--XYZ  ',
    'Content-Type: text/plain',
    'Content-Transfer-Encoding: base64',
    '',
    'aGVsbG8gd29y',
    'bGQ',
    '--XYZ--',
    'epilogue is ignored',
  ].join('\n');

  it('handles LF line ends, 8bit bodies with a charset parameter, and unpadded base64', () => {
    const bytes = Uint8Array.from(crafted, (c) => c.charCodeAt(0)); // latin-1 bytes
    const [html, text] = parseMhtml(bytes).parts;
    expect(html?.charset).toBe('iso-8859-1');
    expect(partText(html!)).toBe('<p>Olá</p>');
    expect(partText(text!)).toBe('hello world');
  });

  it.each([
    ['random bytes', 'garbage, not an archive'],
    ['an empty file', ''],
    ['a multipart without a boundary', 'MIME-Version: 1.0\nContent-Type: multipart/related\n\nx'],
    [
      'a multipart with no parts',
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\nnothing',
    ],
  ])('rejects %s with a MhtmlFormatError', (_, input) => {
    expect(() => parseMhtml(input)).toThrow(MhtmlFormatError);
  });

  it('keeps the parts of a truncated archive', () => {
    const truncated = crafted.slice(0, crafted.indexOf('--XYZ  '));
    expect(parseMhtml(truncated).parts).toHaveLength(1);
  });
});
