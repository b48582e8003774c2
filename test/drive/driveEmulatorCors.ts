/**
 * CORS as Google's APIs answer browser callers. The extension fetches Drive from its
 * chrome-extension:// (or moz-extension://) origin without host permissions, so without these
 * headers the browser would block every request, and the client could not read a 308's Range
 * or an initiation's Location.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORS_EXPOSED_HEADERS = 'Range, Location, X-Goog-Upload-Status, Content-Length';
export const CORS_ALLOWED_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';

/** Sets the headers every response carries; writeHead later merges its own headers in. */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS);
  res.setHeader('Vary', 'Origin');
}

/**
 * Answers an OPTIONS preflight. Like Google's, it needs no token and echoes whatever request
 * headers the browser asks about (Authorization, Content-Range, X-Upload-Content-Type, ...).
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
    ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
    'Access-Control-Max-Age': '3600',
    'Content-Length': '0',
  });
  res.end();
}
