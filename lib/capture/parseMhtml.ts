/**
 * A MIME multipart/related archive (MHTML, RFC 2557) as Chromium's
 * `pageCapture.saveAsMHTML` writes it: top-level headers, then parts, each
 * with Content-Type, Content-Transfer-Encoding (quoted-printable for text,
 * base64 for binary), Content-Location and, for frames and inline styles,
 * Content-ID. Everything works on "binary strings" (one character per byte)
 * so bytes survive until a text part is decoded with its own charset.
 */

export interface MhtmlPart {
  /** Header names lower-cased, folded lines joined. */
  headers: Map<string, string>;
  /** Lower-cased media type without parameters; '' when the part has none. */
  contentType: string;
  /** The charset parameter of Content-Type, if any. */
  charset: string | null;
  contentLocation: string | null;
  /** Without the angle brackets: `frame-…@mhtml.blink`. */
  contentId: string | null;
  transferEncoding: string;
  /** The body exactly as stored (still transfer-encoded), one character per byte. */
  rawBody: string;
}

export interface MhtmlArchive {
  /** The `Snapshot-Content-Location` header: the page's URL. */
  snapshotLocation: string | null;
  parts: MhtmlPart[];
}

/** Why an archive could not be read; the viewer turns it into a friendly message. */
export class MhtmlFormatError extends Error {
  constructor(readonly reason: 'not-mime' | 'no-boundary' | 'no-parts' | 'no-html') {
    super(`This snapshot could not be read (${reason}).`);
    this.name = 'MhtmlFormatError';
  }
}

/**
 * Splits an archive into its parts. A string is taken as text and encoded
 * as UTF-8 (what `Blob.text()` undid); pass an ArrayBuffer for exact bytes.
 */
export function parseMhtml(input: string | ArrayBuffer | Uint8Array): MhtmlArchive {
  const source = toBinaryString(input);
  const top = splitHeaders(source, 0);
  if (!top) throw new MhtmlFormatError('not-mime');
  const headers = parseHeaderBlock(top.headerText);
  const { type, params } = parseContentType(headers.get('content-type') ?? '');
  if (!headers.has('content-type') && !headers.has('mime-version')) {
    throw new MhtmlFormatError('not-mime');
  }
  const snapshotLocation = headers.get('snapshot-content-location') ?? null;
  // A single-part "archive" (some tools write a plain text/html message).
  if (!type.startsWith('multipart/')) {
    return { snapshotLocation, parts: [toPart(headers, source.slice(top.bodyStart))] };
  }
  const boundary = params.get('boundary');
  if (!boundary) throw new MhtmlFormatError('no-boundary');
  const parts = splitMultipart(source, top.bodyStart, boundary).flatMap((chunk) => {
    const split = splitHeaders(chunk, 0);
    return split ? [toPart(parseHeaderBlock(split.headerText), chunk.slice(split.bodyStart))] : [];
  });
  if (parts.length === 0) throw new MhtmlFormatError('no-parts');
  return { snapshotLocation, parts };
}

/** The part's bytes after undoing its transfer encoding, one character per byte. */
export function partBytes(part: MhtmlPart): string {
  switch (part.transferEncoding) {
    case 'base64':
      return decodeBase64(part.rawBody);
    case 'quoted-printable':
      return decodeQuotedPrintable(part.rawBody);
    default: // 7bit, 8bit, binary or absent: stored as is
      return part.rawBody;
  }
}

/**
 * A text part decoded with its charset: the Content-Type parameter, else what
 * the content declares (`<meta charset>`, `@charset`: Chromium puts the
 * charset only there), else UTF-8.
 */
export function partText(part: MhtmlPart): string {
  const bytes = partBytes(part);
  const charset = part.charset ?? declaredCharset(bytes, part.contentType) ?? 'utf-8';
  return decodeBytes(bytes, charset);
}

/** A data: URL of the part, for inlining into the viewed document. */
export function partDataUrl(part: MhtmlPart): string {
  const type = /^[\w.+-]+\/[\w.+-]+$/.test(part.contentType)
    ? part.contentType
    : 'application/octet-stream';
  const base64 =
    part.transferEncoding === 'base64'
      ? part.rawBody.replace(/[^A-Za-z0-9+/=]/g, '') // already base64: no need to decode
      : btoa(partBytes(part));
  return `data:${type};base64,${base64}`;
}

export function decodeBytes(bytes: string, charset: string): string {
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) array[i] = bytes.charCodeAt(i);
  try {
    return new TextDecoder(charset).decode(array);
  } catch {
    return new TextDecoder('utf-8').decode(array); // an unknown label
  }
}

function declaredCharset(bytes: string, contentType: string): string | null {
  const start = bytes.slice(0, 2048);
  if (contentType === 'text/html') {
    return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(start)?.[1] ?? null;
  }
  if (contentType === 'text/css')
    return /^\s*@charset\s+["']([\w:.-]+)["']/i.exec(start)?.[1] ?? null;
  return null;
}

function toPart(headers: Map<string, string>, body: string): MhtmlPart {
  const { type, params } = parseContentType(headers.get('content-type') ?? '');
  const contentId = headers.get('content-id')?.trim().replace(/^<|>$/g, '') || null;
  return {
    headers,
    contentType: type,
    charset: params.get('charset') ?? null,
    contentLocation: headers.get('content-location')?.trim() || null,
    contentId,
    transferEncoding: (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase(),
    rawBody: body,
  };
}

/** Header block and where the body starts (after the first empty line). */
function splitHeaders(
  text: string,
  from: number,
): { headerText: string; bodyStart: number } | null {
  const match = /\r?\n\r?\n/.exec(text.slice(from, from + 65536));
  if (!match) return text.trim() ? { headerText: text.slice(from), bodyStart: text.length } : null;
  return {
    headerText: text.slice(from, from + match.index),
    bodyStart: from + match.index + match[0].length,
  };
}

export function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Folded headers continue on lines that start with white space (RFC 5322).
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

export function parseContentType(value: string): { type: string; params: Map<string, string> } {
  const [type = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  const pattern = /([\w.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/g;
  for (const match of rest.join(';').matchAll(pattern)) {
    params.set(match[1]!.toLowerCase(), match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? '');
  }
  return { type: type.trim().toLowerCase(), params };
}

/** The parts between `--boundary` lines, up to `--boundary--` (RFC 2046 §5.1.1). */
function splitMultipart(text: string, from: number, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const chunks: string[] = [];
  let partStart = -1;
  let position = from;
  for (;;) {
    const found = text.indexOf(delimiter, position);
    if (found === -1) break;
    position = found + delimiter.length;
    // A delimiter only counts at the start of a line.
    if (found > 0 && text[found - 1] !== '\n') continue;
    if (partStart !== -1) chunks.push(text.slice(partStart, lineBreakBefore(text, found)));
    if (text.startsWith('--', position)) return chunks; // the close delimiter
    const lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) return chunks;
    partStart = lineEnd + 1;
  }
  // A truncated archive: keep what arrived, the last part may be cut short.
  if (partStart !== -1 && partStart < text.length) chunks.push(text.slice(partStart));
  return chunks;
}

/** The CRLF before a delimiter belongs to the delimiter, not to the part. */
function lineBreakBefore(text: string, index: number): number {
  if (text[index - 1] !== '\n') return index;
  return text[index - 2] === '\r' ? index - 2 : index - 1;
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '') // soft line breaks
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeBase64(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  // atob rejects a length of 4n+1; padding is optional in what we accept.
  const usable = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
  return atob(usable.padEnd(Math.ceil(usable.length / 4) * 4, '='));
}

function toBinaryString(input: string | ArrayBuffer | Uint8Array): string {
  if (typeof input === 'string') {
    // Pure ASCII is already one character per byte; anything else was decoded as UTF-8.
    if (!/[^\x00-\x7f]/.test(input)) return input; // eslint-disable-line no-control-regex -- the ASCII range
    return toBinaryString(new TextEncoder().encode(input));
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Chromium's archives are 7-bit (quoted-printable and base64): decoding
  // ASCII natively is many times faster than building the string by hand.
  if (bytes.every((byte) => byte < 0x80)) return new TextDecoder('utf-8').decode(bytes);
  let result = '';
  // Chunked: String.fromCharCode with millions of arguments overflows the stack.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    result += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return result;
}
