/** The Drive emulator's in-memory state: files, upload sessions, tokens, faults and a request log. */
import { createHash, randomBytes } from 'node:crypto';

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
export const UPLOAD_GRANULARITY = 256 * 1024;

export interface EmulatedFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  /** Drive's free-text description (the export's caption); absent until one is set. */
  description?: string;
  content: Buffer;
  createdTime: string;
}

export type RequestKind =
  | 'create' // POST /drive/v3/files (metadata only)
  | 'list'
  | 'get'
  | 'media' // GET ...?alt=media
  | 'multipart'
  | 'initiate' // POST /upload/...?uploadType=resumable, or PATCH /upload/.../{fileId} (update)
  | 'chunk' // PUT to a session URI with bytes
  | 'statusQuery'; // PUT to a session URI with `Content-Range: bytes */N`

/**
 * Faults are consumed by the next matching request(s) (after `after` of them); `times` defaults to 1.
 * - status: answer with this status (503, 401 "token expired", 429 + Retry-After, ...).
 * - dropConnection: destroy the socket after `afterBytes` of a chunk's body. With
 *   `keepReceived`, the bytes that arrived are persisted rounded down to 256 KiB, as Google
 *   keeps what it had persisted; otherwise none of that chunk is kept.
 * - expireSession: the session is gone; the chunk gets 404 (Google's "session expired").
 * - persistFewer: the chunk is accepted but `bytes` fewer are persisted (rounded to 256 KiB),
 *   so the 308's Range is shorter than what was sent.
 */
export type DriveFault = {
  times?: number;
  /** Let this many matching requests through first, so the fault hits mid-upload. */
  after?: number;
} & (
  | { kind: 'status'; status: number; retryAfterSeconds?: number; on?: RequestKind | 'any' }
  | { kind: 'dropConnection'; afterBytes: number; keepReceived: boolean }
  | { kind: 'expireSession' }
  | { kind: 'persistFewer'; bytes: number }
  // Not Google behaviour: adds a Location to the next 308, to prove the client never follows it.
  | { kind: 'locationOn308'; location: string }
);

export interface UploadSession {
  id: string;
  metadata: NewFileMetadata;
  declaredSize: number | undefined;
  data: Buffer;
  fields: string | undefined;
  completedFileId: string | undefined;
  /** Set for files.update: on completion this file's content is replaced (its id stays). */
  targetFileId?: string;
}

export interface NewFileMetadata {
  name?: string;
  mimeType?: string;
  parents?: string[];
  appProperties?: Record<string, string>;
  properties?: Record<string, string>;
  description?: string;
}

export interface RequestLogEntry {
  kind: RequestKind;
  method: string;
  url: string;
  /** Body bytes the emulator read (for a dropped chunk: those before the drop). */
  bodyBytes: number;
  contentRange: string | undefined;
  status: number | 'dropped';
}

export class DriveEmulatorState {
  readonly files = new Map<string, EmulatedFile>();
  readonly sessions = new Map<string, UploadSession>();
  readonly validTokens: Set<string>;
  readonly log: RequestLogEntry[] = [];
  private readonly faults: (DriveFault & { remaining: number; toSkip: number })[] = [];
  private nextId = 1;

  constructor(tokens: Iterable<string>) {
    this.validTokens = new Set(tokens);
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}_${randomBytes(4).toString('hex')}`;
  }

  inject(fault: DriveFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1, toSkip: fault.after ?? 0 });
  }

  pendingFaults(): number {
    return this.faults.length;
  }

  /** Takes (consumes) the first fault that applies to a request of this kind. */
  takeFault(kind: RequestKind): DriveFault | undefined {
    const index = this.faults.findIndex((fault) => {
      if (fault.kind === 'status') return (fault.on ?? 'any') === 'any' || fault.on === kind;
      return kind === 'chunk';
    });
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (fault.toSkip > 0) {
      fault.toSkip--;
      return undefined;
    }
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  createFile(metadata: NewFileMetadata, content: Buffer, fallbackMimeType?: string): EmulatedFile {
    const file: EmulatedFile = {
      id: this.newId('file'),
      name: metadata.name ?? 'Untitled',
      mimeType: metadata.mimeType ?? fallbackMimeType ?? 'application/octet-stream',
      parents: metadata.parents?.length ? [...metadata.parents] : ['root'],
      trashed: false,
      appProperties: { ...metadata.appProperties },
      properties: { ...metadata.properties },
      ...(metadata.description === undefined ? {} : { description: metadata.description }),
      content,
      createdTime: new Date().toISOString(),
    };
    this.files.set(file.id, file);
    return file;
  }

  /**
   * files.update with media: new content (so a new md5Checksum), patch semantics for metadata.
   * appProperties merge key by key, as Drive's do; the id, parents and createdTime stay.
   */
  updateFile(file: EmulatedFile, metadata: NewFileMetadata, content: Buffer): EmulatedFile {
    file.content = content;
    if (metadata.name !== undefined) file.name = metadata.name;
    if (metadata.mimeType !== undefined) file.mimeType = metadata.mimeType;
    if (metadata.description !== undefined) file.description = metadata.description;
    file.appProperties = { ...file.appProperties, ...metadata.appProperties };
    file.properties = { ...file.properties, ...metadata.properties };
    return file;
  }

  /** Finishes an upload session: creates its file, or replaces the target file's content. */
  completeSession(session: UploadSession): EmulatedFile {
    const target =
      session.targetFileId === undefined ? undefined : this.files.get(session.targetFileId);
    const file = target
      ? this.updateFile(target, session.metadata, session.data)
      : this.createFile(session.metadata, session.data);
    session.completedFileId = file.id;
    return file;
  }
}

/** The file as Drive v3 describes it before `fields` selection. */
export function fileResource(file: EmulatedFile): Record<string, unknown> {
  const isFolder = file.mimeType === FOLDER_MIME_TYPE;
  return {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: file.parents,
    trashed: file.trashed,
    appProperties: file.appProperties,
    properties: file.properties,
    ...(file.description === undefined ? {} : { description: file.description }),
    createdTime: file.createdTime,
    // Drive reports size as a string and md5Checksum only for binary (non-Google) files.
    ...(isFolder
      ? {}
      : {
          size: String(file.content.length),
          md5Checksum: createHash('md5').update(file.content).digest('hex'),
        }),
  };
}

export const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
