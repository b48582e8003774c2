/**
 * Drive's resumable upload protocol, session side: initiation returns a session URI in Location;
 * chunks are PUT with `Content-Range: bytes a-b/total`; 308 "Resume Incomplete" carries
 * `Range: bytes=0-N` (absent when nothing is persisted) and NO Location; `bytes *\/total` with an
 * empty body asks for the status; the last byte yields 200 with the file's metadata.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendError, sendJson } from './driveEmulatorHttp';
import { selectFields } from './driveFieldsSelector';
import {
  DEFAULT_FILE_FIELDS,
  type DriveEmulatorState,
  type DriveFault,
  fileResource,
  type NewFileMetadata,
  type RequestLogEntry,
  UPLOAD_GRANULARITY,
  type UploadSession,
} from './driveEmulatorState';

/**
 * Starts a session. With `targetFileId` (PATCH /upload/drive/v3/files/{fileId}, files.update)
 * the finished upload replaces that file's content instead of creating a file.
 */
export async function initiateResumable(
  state: DriveEmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  baseUrl: string,
  targetFileId?: string,
): Promise<number> {
  const { bytes } = await readBody(req);
  if (targetFileId !== undefined && !state.files.has(targetFileId)) {
    sendError(res, 404, `File not found: ${targetFileId}`, 'notFound');
    return 404;
  }
  let metadata: NewFileMetadata = {};
  if (bytes.length > 0) metadata = JSON.parse(bytes.toString('utf8')) as NewFileMetadata;
  const declared = req.headers['x-upload-content-length'];
  const session: UploadSession = {
    id: state.newId('upload'),
    metadata: {
      ...metadata,
      mimeType: metadata.mimeType ?? String(req.headers['x-upload-content-type'] ?? ''),
    },
    declaredSize: declared === undefined ? undefined : Number(declared),
    data: Buffer.alloc(0),
    fields: url.searchParams.get('fields') ?? undefined,
    completedFileId: undefined,
    ...(targetFileId === undefined ? {} : { targetFileId }),
  };
  if (!session.metadata.mimeType) delete session.metadata.mimeType;
  // Drive rejects parents in update requests (addParents/removeParents move a file instead).
  if (targetFileId !== undefined && session.metadata.parents !== undefined) {
    state.sessions.delete(session.id);
    sendError(
      res,
      403,
      'The parents field is not directly writable in update requests',
      'fieldNotWritable',
    );
    return 403;
  }
  state.sessions.set(session.id, session);
  const location = `${baseUrl}/upload/drive/v3/files?uploadType=resumable&upload_id=${session.id}`;
  res.writeHead(200, { Location: location, 'Content-Length': '0' });
  res.end();
  return 200;
}

type ParsedRange =
  | { kind: 'status'; total: number | undefined }
  | { kind: 'bytes'; start: number; end: number; total: number | undefined };

function parseContentRange(header: string | undefined, bodyLength: number): ParsedRange | null {
  // A PUT without Content-Range sends the whole file in one request.
  if (header === undefined)
    return { kind: 'bytes', start: 0, end: bodyLength - 1, total: bodyLength };
  const match = /^bytes (?:\*|(\d+)-(\d+))\/(\*|\d+)$/.exec(header.trim());
  if (!match) return null;
  const total = match[3] === '*' ? undefined : Number(match[3]);
  if (match[1] === undefined) return { kind: 'status', total };
  return { kind: 'bytes', start: Number(match[1]), end: Number(match[2]), total };
}

function respondWithProgress(
  state: DriveEmulatorState,
  res: ServerResponse,
  session: UploadSession,
  extraLocation?: string,
): number {
  if (session.completedFileId !== undefined) {
    const file = state.files.get(session.completedFileId)!;
    sendJson(res, 200, selectFields(fileResource(file), session.fields ?? DEFAULT_FILE_FIELDS));
    return 200;
  }
  const headers: Record<string, string> = { 'Content-Length': '0' };
  if (session.data.length > 0) headers.Range = `bytes=0-${session.data.length - 1}`;
  if (extraLocation !== undefined) headers.Location = extraLocation;
  res.writeHead(308, headers);
  res.end();
  return 308;
}

/** Rounds a non-final persisted length down to Drive's 256 KiB granularity. */
function persistable(length: number, isFinal: boolean): number {
  return isFinal ? length : Math.floor(length / UPLOAD_GRANULARITY) * UPLOAD_GRANULARITY;
}

export async function handleSessionPut(
  state: DriveEmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  sessionId: string,
  entry: RequestLogEntry,
): Promise<number | 'dropped'> {
  const contentRange = req.headers['content-range'];
  entry.contentRange = contentRange;
  const isStatusQuery = contentRange?.trim().startsWith('bytes */') ?? false;
  entry.kind = isStatusQuery ? 'statusQuery' : 'chunk';
  const fault: DriveFault | undefined = state.takeFault(entry.kind);
  const dropAfter = fault?.kind === 'dropConnection' ? fault.afterBytes : undefined;
  const { bytes, dropped } = await readBody(req, dropAfter);
  entry.bodyBytes = bytes.length;
  const session = state.sessions.get(sessionId);
  if (fault?.kind === 'status') {
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined)
      headers['Retry-After'] = String(fault.retryAfterSeconds);
    sendError(res, fault.status, `Injected ${fault.status}`, 'injected', headers);
    return fault.status;
  }
  if (fault?.kind === 'expireSession' && session) state.sessions.delete(sessionId);
  if (!state.sessions.has(sessionId) || !session) {
    if (!dropped) sendError(res, 404, 'Upload session not found or expired', 'notFound');
    return dropped ? 'dropped' : 404;
  }
  const range = parseContentRange(contentRange, bytes.length);
  if (!range) {
    sendError(res, 400, `Bad Content-Range: ${contentRange}`, 'badRequest');
    return 400;
  }
  const total = range.total ?? session.declaredSize;
  if (
    range.total !== undefined &&
    session.declaredSize !== undefined &&
    range.total !== session.declaredSize
  ) {
    sendError(res, 400, 'Content-Range total differs from X-Upload-Content-Length', 'badRequest');
    return 400;
  }
  if (range.kind === 'status') {
    if (bytes.length > 0) {
      sendError(res, 400, 'A status query must have an empty body', 'badRequest');
      return 400;
    }
    // An empty file has no chunk to carry its last byte; the status PUT stating 0 finishes it.
    if (total === 0 && session.completedFileId === undefined) state.completeSession(session);
    return respondWithProgress(state, res, session);
  }
  if (session.completedFileId !== undefined) return respondWithProgress(state, res, session);
  if (!dropped && range.end - range.start + 1 !== bytes.length) {
    sendError(res, 400, 'Content-Range does not match the body length', 'badRequest');
    return 400;
  }
  const persisted = session.data.length;
  if (range.start > persisted) {
    sendError(
      res,
      400,
      `Chunk starts at ${range.start} but only ${persisted} bytes are persisted`,
      'badRequest',
    );
    return 400;
  }
  // Bytes before `persisted` were already stored (a resent overlap); keep only the new ones.
  const fresh = bytes.subarray(persisted - range.start);
  const reachedEnd = range.start + bytes.length;
  let newLength = persistable(reachedEnd, !dropped && total !== undefined && reachedEnd === total);
  if (fault?.kind === 'persistFewer') newLength = persistable(newLength - fault.bytes, false);
  if (dropped && !(fault?.kind === 'dropConnection' && fault.keepReceived)) newLength = persisted;
  if (newLength > persisted) {
    session.data = Buffer.concat([session.data, fresh.subarray(0, newLength - persisted)]);
  }
  if (dropped) return 'dropped';
  if (total !== undefined && session.data.length === total) state.completeSession(session);
  const location = fault?.kind === 'locationOn308' ? fault.location : undefined;
  return respondWithProgress(state, res, session, location);
}
