import { i18n } from '#i18n';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { SeesawRaster } from './SeesawRaster';
import { wrapText } from './wrapText';

export interface PdfContent {
  title: string;
  header: readonly string[];
  body: string;
  dir: 'ltr' | 'rtl' | null;
  lang: string | null;
}

/** A4 in points. */
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const TITLE_SIZE = 16;
const HEADER_SIZE = 9;
const BODY_SIZE = 11;
const LINE = 1.4;
/** About 40 pages of text; longer articles are cut with a note (the full text stays in PLP Companion). */
export const MAX_PDF_TEXT = 100_000;
const CUT_NOTE = '[The text is cut here. The full text is in PLP Companion.]';

/**
 * A PDF of a clip's or reflection's text, made with pdf-lib. pdf-lib's
 * built-in fonts (Helvetica) only encode WinAnsi (Western European) text;
 * anything else would need an embedded Unicode font (@pdf-lib/fontkit plus a
 * font file of several MB per script, tens of MB for Chinese/Japanese/Korean)
 * that an extension should not ship. So text outside WinAnsi is drawn with
 * the system's own fonts onto canvas pages (any script, right-to-left too)
 * and those pages go into the PDF as images: readable everywhere, though
 * not selectable. WinAnsi text stays real, selectable PDF text.
 */
export async function makeSeesawPdf(
  content: PdfContent,
  raster: SeesawRaster,
  now: Date = new Date(),
): Promise<Blob> {
  const doc = await PDFDocument.create();
  doc.setTitle(content.title || i18n.t('exportFiles.untitled'));
  doc.setCreator('PLP Companion');
  doc.setProducer('PLP Companion');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (content.lang) doc.setLanguage(content.lang);
  const body = cleanText(cut(content.body));
  const title = cleanText(content.title || i18n.t('exportFiles.untitled'));
  const header = content.header.map(cleanText);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const all = [title, ...header, body].join('\n');
  if (encodesAll(font, all) && encodesAll(bold, title)) {
    drawTextPages(doc, { title, header, body }, font, bold);
  } else {
    await drawImagePages(doc, { ...content, title, header, body }, raster);
  }
  const bytes = await doc.save();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

function cut(text: string): string {
  const points = Array.from(text);
  return points.length <= MAX_PDF_TEXT
    ? text
    : `${points.slice(0, MAX_PDF_TEXT).join('')}\n\n${CUT_NOTE}`;
}

/** Tabs to spaces, other control characters out: no font draws them. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/(?!\n)[\p{Cc}\u200b\ufeff]/gu, '');
}

export function encodesAll(font: PDFFont, text: string): boolean {
  const supported = new Set(font.getCharacterSet());
  for (const char of text) {
    if (char === '\n') continue;
    if (!supported.has(char.codePointAt(0) ?? -1)) return false;
  }
  return true;
}

function drawTextPages(
  doc: PDFDocument,
  content: { title: string; header: readonly string[]; body: string },
  font: PDFFont,
  bold: PDFFont,
) {
  const width = PAGE[0] - 2 * MARGIN;
  let page: PDFPage = doc.addPage(PAGE);
  let y = PAGE[1] - MARGIN;
  const write = (text: string, size: number, face: PDFFont, gray = 0) => {
    for (const line of wrapText(text, width, (s) => face.widthOfTextAtSize(s, size))) {
      if (y - size < MARGIN) {
        page = doc.addPage(PAGE);
        y = PAGE[1] - MARGIN;
      }
      y -= size * LINE;
      if (line !== '')
        page.drawText(line, { x: MARGIN, y, size, font: face, color: rgb(gray, gray, gray) });
    }
  };
  write(content.title, TITLE_SIZE, bold);
  for (const line of content.header) write(line, HEADER_SIZE, font, 0.35);
  y -= BODY_SIZE;
  write(content.body, BODY_SIZE, font);
}

/** Pixels per PDF point: 150 dpi, sharp on screen and in print. */
const PX = 150 / 72;

async function drawImagePages(doc: PDFDocument, content: PdfContent, raster: SeesawRaster) {
  const pageWidth = Math.round(PAGE[0] * PX);
  const pageHeight = Math.round(PAGE[1] * PX);
  const margin = MARGIN * PX;
  const rtl = content.dir === 'rtl';
  const measureCanvas = raster.createCanvas(1, 1).getContext('2d');
  if (!measureCanvas) throw new Error(i18n.t('exportFiles.seesaw.cannotDrawText'));
  const fontFor = (size: number, weight: string) =>
    `${weight} ${Math.round(size * PX)}px sans-serif`;
  type Line = { text: string; size: number; weight: string; gray: number };
  const lines: Line[] = [];
  const add = (text: string, size: number, weight: string, gray: number) => {
    measureCanvas.font = fontFor(size, weight);
    for (const line of wrapText(
      text,
      pageWidth - 2 * margin,
      (s) => measureCanvas.measureText(s).width,
    )) {
      lines.push({ text: line, size, weight, gray });
    }
  };
  add(content.title, TITLE_SIZE, 'bold', 0);
  for (const line of content.header) add(line, HEADER_SIZE, 'normal', 0.35);
  lines.push({ text: '', size: BODY_SIZE, weight: 'normal', gray: 0 });
  add(content.body, BODY_SIZE, 'normal', 0);

  let index = 0;
  while (index < lines.length) {
    const canvas = raster.createCanvas(pageWidth, pageHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(i18n.t('exportFiles.seesaw.cannotDrawText'));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, pageWidth, pageHeight);
    context.textBaseline = 'alphabetic';
    context.direction = rtl ? 'rtl' : 'ltr';
    context.textAlign = rtl ? 'right' : 'left';
    let y = margin;
    while (index < lines.length) {
      const line = lines[index]!;
      const step = line.size * LINE * PX;
      if (y + step > pageHeight - margin && y > margin) break;
      y += step;
      const shade = Math.round(line.gray * 255);
      context.fillStyle = `rgb(${shade}, ${shade}, ${shade})`;
      context.font = fontFor(line.size, line.weight);
      if (line.text !== '') context.fillText(line.text, rtl ? pageWidth - margin : margin, y);
      index += 1;
    }
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const image = await doc.embedPng(new Uint8Array(await png.arrayBuffer()));
    doc.addPage(PAGE).drawImage(image, { x: 0, y: 0, width: PAGE[0], height: PAGE[1] });
  }
}
