/**
 * A Google Drive v3 emulator for tests: a real Node HTTP server speaking the subset of Drive the
 * extension uses (files.create metadata/multipart/resumable, files.update resumable (PATCH),
 * files.list with `q`, files.get with `fields` and `alt=media`), Bearer-token checks,
 * md5Checksum, appProperties, description, and injectable faults. Resumable protocol details
 * live in driveEmulatorResumable.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMultipartRelated, readBody, sendError, sendJson } from './driveEmulatorHttp';
import {
  APPROVE_PATH,
  AUTHORIZE_PATH,
  type AuthState,
  type EmulatedConsent,
  handleAuthorize,
} from './driveEmulatorAuth';
import { answerPreflight, setCorsHeaders } from './driveEmulatorCors';
import { handleSessionPut, initiateResumable } from './driveEmulatorResumable';
import {
  DEFAULT_FILE_FIELDS,
  type DriveFault,
  DriveEmulatorState,
  type EmulatedFile,
  fileResource,
  type NewFileMetadata,
  type RequestKind,
  type RequestLogEntry,
} from './driveEmulatorState';
import { selectFields } from './driveFieldsSelector';
import { DriveQueryError, parseDriveQuery } from './driveQueryParser';

export { FOLDER_MIME_TYPE } from './driveEmulatorState';
export type { DriveFault, EmulatedFile, RequestLogEntry } from './driveEmulatorState';
export type { EmulatedConsent } from './driveEmulatorAuth';

export interface DriveEmulatorOptions {
  port?: number;
  /** Access tokens the emulator accepts; default ['valid-token']. */
  tokens?: Iterable<string>;
  faults?: DriveFault[];
  /** OAuth client ids the authorize endpoint accepts; default ['test-client-id']. */
  clientIds?: Iterable<string>;
  /** How the emulated student answers Google's consent screen; default 'grant'. */
  consent?: EmulatedConsent;
}

export interface DriveEmulator {
  /** e.g. http://127.0.0.1:41234 - the client's base URL (like https://www.googleapis.com). */
  url: string;
  close(): Promise<void>;
  /** Live files, including trashed ones. */
  readonly files: EmulatedFile[];
  inject(fault: DriveFault): void;
  pendingFaults(): number;
  /** Every request, in order, with the bytes the emulator read. */
  readonly log: RequestLogEntry[];
  acceptToken(token: string): void;
  /** Makes a token invalid, as an access token expiring after an hour does. */
  expireToken(token: string): void;
  /** Drops all upload sessions, like Google's one-week session expiry. */
  expireAllSessions(): void;
  /** Access tokens minted by the OAuth authorize endpoint, oldest first (expire them to test refresh). */
  readonly issuedTokens: string[];
  setConsent(consent: EmulatedConsent): void;
  /** Adds a file directly (test setup), e.g. a trashed folder. */
  seedFile(metadata: NewFileMetadata & { trashed?: boolean }, content?: Buffer): EmulatedFile;
  /** Deletes a file for good, as a student emptying Drive's trash does. */
  deleteFile(fileId: string): void;
}

const PAGE_SIZE_DEFAULT = 100;
const UPDATE_UPLOAD_PATH = /^\/upload\/drive\/v3\/files\/([^/]+)$/;

function isAuthorized(state: DriveEmulatorState, req: IncomingMessage): boolean {
  const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  return match !== null && state.validTokens.has(match[1]!);
}

function sendUnauthorized(res: ServerResponse): number {
  sendError(res, 401, 'Request had invalid authentication credentials.', 'authError', {
    'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
  });
  return 401;
}

function classify(method: string, url: URL): RequestKind | undefined {
  const path = url.pathname;
  const uploadType = url.searchParams.get('uploadType');
  if (path === '/upload/drive/v3/files' && method === 'PUT' && url.searchParams.has('upload_id')) {
    return 'chunk';
  }
  if (path === '/upload/drive/v3/files' && method === 'POST') {
    if (uploadType === 'resumable') return 'initiate';
    if (uploadType === 'multipart') return 'multipart';
  }
  // files.update's resumable initiation (Drive documents PATCH for it).
  if (UPDATE_UPLOAD_PATH.test(path) && method === 'PATCH' && uploadType === 'resumable') {
    return 'initiate';
  }
  if (path === '/drive/v3/files' && method === 'POST') return 'create';
  if (path === '/drive/v3/files' && method === 'GET') return 'list';
  if (/^\/drive\/v3\/files\/[^/]+$/.test(path) && method === 'GET') {
    return url.searchParams.get('alt') === 'media' ? 'media' : 'get';
  }
  return undefined;
}

function sendFile(res: ServerResponse, status: number, file: EmulatedFile, fields: string | null) {
  sendJson(res, status, selectFields(fileResource(file), fields ?? DEFAULT_FILE_FIELDS));
  return status;
}

function listFiles(state: DriveEmulatorState, res: ServerResponse, url: URL): number {
  let matcher;
  try {
    matcher = parseDriveQuery(url.searchParams.get('q') ?? '');
  } catch (error) {
    if (!(error instanceof DriveQueryError)) throw error;
    sendError(res, 400, 'Invalid Value', 'invalid');
    return 400;
  }
  const matching = [...state.files.values()].filter((file) => matcher(file));
  const pageSize = Number(url.searchParams.get('pageSize') ?? PAGE_SIZE_DEFAULT);
  const start = Number(url.searchParams.get('pageToken') ?? 0);
  const page = matching.slice(start, start + pageSize).map(fileResource);
  const next = start + pageSize < matching.length ? String(start + pageSize) : undefined;
  const body = {
    kind: 'drive#fileList',
    incompleteSearch: false,
    files: page,
    nextPageToken: next,
  };
  const fields =
    url.searchParams.get('fields') ??
    `kind,incompleteSearch,nextPageToken,files(${DEFAULT_FILE_FIELDS})`;
  sendJson(res, 200, selectFields(body, fields));
  return 200;
}

async function route(
  state: DriveEmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  kind: RequestKind,
  entry: RequestLogEntry,
  baseUrl: string,
): Promise<number | 'dropped'> {
  // Session URIs are not token-checked: like Google's, the upload_id itself is the credential.
  if (kind === 'chunk')
    return handleSessionPut(state, req, res, url.searchParams.get('upload_id')!, entry);
  const fault = state.takeFault(kind);
  if (fault?.kind === 'status') {
    await readBody(req);
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined)
      headers['Retry-After'] = String(fault.retryAfterSeconds);
    if (fault.status === 401) return sendUnauthorized(res);
    sendError(res, fault.status, `Injected ${fault.status}`, 'injected', headers);
    return fault.status;
  }
  if (!isAuthorized(state, req)) {
    await readBody(req);
    return sendUnauthorized(res);
  }
  if (kind === 'initiate') {
    const target = UPDATE_UPLOAD_PATH.exec(url.pathname)?.[1];
    const fileId = target === undefined ? undefined : decodeURIComponent(target);
    return initiateResumable(state, req, res, url, baseUrl, fileId);
  }
  if (kind === 'list') return listFiles(state, res, url);
  const { bytes } = await readBody(req);
  entry.bodyBytes = bytes.length;
  if (kind === 'create') {
    const metadata = JSON.parse(bytes.toString('utf8') || '{}') as NewFileMetadata;
    return sendFile(
      res,
      200,
      state.createFile(metadata, Buffer.alloc(0)),
      url.searchParams.get('fields'),
    );
  }
  if (kind === 'multipart') {
    const [metaPart, mediaPart] = parseMultipartRelated(bytes, req.headers['content-type'] ?? '');
    if (!metaPart || !mediaPart) {
      sendError(res, 400, 'Multipart upload needs metadata and media parts', 'badRequest');
      return 400;
    }
    const metadata = JSON.parse(metaPart.body.toString('utf8')) as NewFileMetadata;
    const file = state.createFile(
      metadata,
      Buffer.from(mediaPart.body),
      mediaPart.headers['content-type'],
    );
    return sendFile(res, 200, file, url.searchParams.get('fields'));
  }
  const file = state.files.get(decodeURIComponent(url.pathname.split('/').pop()!));
  if (!file) {
    sendError(res, 404, 'File not found', 'notFound');
    return 404;
  }
  if (kind === 'get') return sendFile(res, 200, file, url.searchParams.get('fields'));
  res.writeHead(200, {
    'Content-Type': file.mimeType,
    'Content-Length': String(file.content.length),
  });
  res.end(file.content);
  return 200;
}

export async function startDriveEmulator(
  options: DriveEmulatorOptions = {},
): Promise<DriveEmulator> {
  const state = new DriveEmulatorState(options.tokens ?? ['valid-token']);
  for (const fault of options.faults ?? []) state.inject(fault);
  const auth: AuthState = {
    clientIds: new Set(options.clientIds ?? ['test-client-id']),
    consent: options.consent ?? 'grant',
    issuedTokens: [],
  };
  let baseUrl = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    setCorsHeaders(req, res);
    // Preflights are the browser's business, not Drive requests: unlogged, no auth, no faults.
    if (method === 'OPTIONS') return answerPreflight(req, res);
    if (method === 'GET' && (url.pathname === AUTHORIZE_PATH || url.pathname === APPROVE_PATH)) {
      handleAuthorize(state, auth, res, url);
      return;
    }
    const kind = classify(method, url);
    if (!kind) {
      sendError(res, 404, `Not Found: ${method} ${url.pathname}`, 'notFound');
      return;
    }
    const entry: RequestLogEntry = {
      kind,
      method,
      url: url.href,
      bodyBytes: 0,
      contentRange: undefined,
      status: 0,
    };
    state.log.push(entry);
    route(state, req, res, url, kind, entry, baseUrl).then(
      (status) => {
        entry.status = status;
      },
      (error: unknown) => {
        entry.status = 500;
        if (!res.headersSent) sendError(res, 500, String(error), 'backendError');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    get files() {
      return [...state.files.values()];
    },
    inject: (fault) => state.inject(fault),
    pendingFaults: () => state.pendingFaults(),
    log: state.log,
    acceptToken: (token) => state.validTokens.add(token),
    expireToken: (token) => state.validTokens.delete(token),
    issuedTokens: auth.issuedTokens,
    setConsent: (consent) => {
      auth.consent = consent;
    },
    expireAllSessions: () => state.sessions.clear(),
    deleteFile: (fileId) => void state.files.delete(fileId),
    seedFile: (metadata, content = Buffer.alloc(0)) => {
      const file = state.createFile(metadata, content);
      file.trashed = metadata.trashed ?? false;
      return file;
    },
  };
}
