import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { makeSeesawPdf, MAX_PDF_TEXT } from '@/lib/export/seesaw/makeSeesawPdf';
import { makeUrlShortcut } from '@/lib/export/seesaw/makeUrlShortcut';
import { fakeRaster } from './seesawTestKit';

const NOW = new Date(Date.UTC(2026, 10, 23));

async function load(blob: Blob) {
  expect(blob.type).toBe('application/pdf');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  return PDFDocument.load(bytes);
}

describe('makeSeesawPdf', () => {
  it('writes Western text as real PDF text, without the canvas', async () => {
    const fake = fakeRaster();
    const blob = await makeSeesawPdf(
      {
        title: 'Volcanoes – café notes',
        header: ['https://example.org'],
        body: 'Magma rises.',
        dir: null,
        lang: 'en',
      },
      fake.raster,
      NOW,
    );
    const doc = await load(blob);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Volcanoes – café notes');
    expect(doc.getCreator()).toBe('PLP Companion');
    expect(fake.canvases).toHaveLength(0);
  });

  it('flows long text over more pages and cuts very long text with a note', async () => {
    const sentence = 'Lava flows downhill and cools into rock. ';
    const pagesFor = async (length: number) => {
      const body = sentence.repeat(Math.ceil(length / sentence.length));
      const blob = await makeSeesawPdf(
        { title: 'Long', header: [], body, dir: null, lang: null },
        fakeRaster().raster,
        NOW,
      );
      return (await load(blob)).getPageCount();
    };
    const atLimit = await pagesFor(MAX_PDF_TEXT);
    expect(atLimit).toBeGreaterThan(20);
    // Twice the text gives no more pages than the cut (plus the note's line).
    expect(await pagesFor(2 * MAX_PDF_TEXT)).toBeLessThanOrEqual(atLimit + 1);
  });

  it('draws text Helvetica cannot encode with system fonts on canvas pages, right to left when the page was', async () => {
    const fake = fakeRaster();
    const body = 'البراكين جبال تخرج منها الحمم';
    const doc = await load(
      await makeSeesawPdf(
        { title: 'البراكين', header: ['2026-11-23'], body, dir: 'rtl', lang: 'ar' },
        fake.raster,
        NOW,
      ),
    );
    expect(doc.getPageCount()).toBe(1);
    const drawn = fake.canvases.flatMap((c) => c.calls).filter((c) => c.op === 'fillText');
    expect(drawn.map((c) => c.args[0])).toEqual(['البراكين', '2026-11-23', body]);
    expect(drawn.every((c) => c.args[3] === 'rtl')).toBe(true);
  });

  it('makes as many canvas pages as the text needs', async () => {
    const fake = fakeRaster();
    const body = Array.from({ length: 200 }, (_, i) => `第${i}行のテキスト`).join('\n');
    const doc = await load(
      await makeSeesawPdf(
        { title: '日本語', header: [], body, dir: null, lang: 'ja' },
        fake.raster,
        NOW,
      ),
    );
    const pages = fake.canvases.filter((c) => c.width > 1);
    expect(pages.length).toBeGreaterThan(1);
    expect(doc.getPageCount()).toBe(pages.length);
  });
});

describe('makeUrlShortcut', () => {
  it('writes an Internet Shortcut with CRLF lines and no way to inject keys', async () => {
    const blob = makeUrlShortcut('https://example.org/a?b=1\r\nIconFile=evil');
    expect(await blob.text()).toBe(
      '[InternetShortcut]\r\nURL=https://example.org/a?b=1IconFile=evil\r\n',
    );
  });
});
