/** Small HTTP helpers shared by the Drive emulator's handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ReadBodyResult {
  bytes: Buffer;
  /** True when the emulator cut the connection on purpose (the dropConnection fault). */
  dropped: boolean;
}

/**
 * Reads the request body. With `dropAfterBytes`, destroys the socket once that many bytes have
 * arrived, to mimic a network drop mid-chunk; the bytes up to that point are returned so the
 * caller can decide whether the "server" persisted them.
 */
export function readBody(req: IncomingMessage, dropAfterBytes?: number): Promise<ReadBodyResult> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let length = 0;
    let settled = false;
    req.on('data', (data: Buffer) => {
      if (settled) return;
      parts.push(data);
      length += data.length;
      if (dropAfterBytes !== undefined && length >= dropAfterBytes) {
        settled = true;
        req.socket.destroy();
        resolve({ bytes: Buffer.concat(parts).subarray(0, dropAfterBytes), dropped: true });
      }
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ bytes: Buffer.concat(parts), dropped: false });
    });
    req.on('error', (error) => {
      if (!settled) reject(error);
    });
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=UTF-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Google's error envelope: `{ error: { code, message, errors: [...] } }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  reason: string,
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    status,
    { error: { code: status, message, errors: [{ domain: 'global', reason, message }] } },
    headers,
  );
}

export interface MultipartPart {
  headers: Record<string, string>;
  body: Buffer;
}

/** Parses a multipart/related body (files.create uploadType=multipart) byte-exactly. */
export function parseMultipartRelated(body: Buffer, contentType: string): MultipartPart[] {
  const boundaryMatch = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!/^multipart\/related/i.test(contentType) || !boundaryMatch) {
    throw new Error('Expected multipart/related with a boundary');
  }
  const delimiter = Buffer.from(`--${boundaryMatch[1]}`);
  const parts: MultipartPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new Error('Missing first boundary');
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') return parts;
    at += 2; // CRLF after the boundary line
    const headerEnd = body.indexOf('\r\n\r\n', at);
    const next = body.indexOf(delimiter, at);
    if (headerEnd < 0 || next < 0) throw new Error('Malformed multipart body');
    const headers: Record<string, string> = {};
    for (const line of body.subarray(at, headerEnd).toString().split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0)
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    // The part body ends with the CRLF that precedes the next delimiter.
    parts.push({ headers, body: body.subarray(headerEnd + 4, next - 2) });
    at = next;
  }
}
