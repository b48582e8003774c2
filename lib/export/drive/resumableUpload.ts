/**
 * Drive's resumable upload, client side. The session URI and confirmed offset go to an injected
 * store after every chunk, so a restarted worker resumes: it first asks Drive how much arrived
 * (`Content-Range: bytes *\/N`, empty body) and sends only the rest. Transient failures back off
 * and re-query; an expired session (404/410) starts a new one; the result is checked by MD5.
 */
import { discardBody, type DriveHttp } from './driveHttp';
import { isNetworkError, isRetryableStatus, parseRetryAfterMs } from './driveRetry';
import {
  DRIVE_CHUNK_GRANULARITY,
  DRIVE_FILE_FIELDS,
  DriveError,
  type DriveFile,
  type DriveFileUpdate,
  type NewDriveFile,
} from './driveTypes';
import { md5OfBlob } from './md5';
import type { UploadSessionStore } from './uploadSessionStore';

export interface UploadProgress {
  uploadedBytes: number;
  totalBytes: number;
}

export interface ResumableUploadOptions {
  /** Bytes per PUT; a multiple of 256 KiB. Default 8 MiB. */
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  sessionStore?: UploadSessionStore;
  /** Identifies this upload in the store (e.g. item id + content hash). */
  sessionKey?: string;
}

const DEFAULT_CHUNK_SIZE = 32 * DRIVE_CHUNK_GRANULARITY;

type SessionOutcome =
  | { kind: 'progress'; offset: number }
  | { kind: 'complete'; file: DriveFile }
  | { kind: 'expired' }
  | { kind: 'transient'; retryAfterMs?: number };

/** Reads what a session PUT's response says about the upload. */
async function interpret(
  http: DriveHttp,
  response: Response,
  size: number,
): Promise<SessionOutcome> {
  if (response.status === 200 || response.status === 201) {
    return { kind: 'complete', file: await http.json<DriveFile>(response, 'upload') };
  }
  if (response.status === 308) {
    await discardBody(response);
    const range = response.headers.get('Range');
    if (range === null) return { kind: 'progress', offset: 0 };
    const match = /^bytes=0-(\d+)$/.exec(range.trim());
    const offset = match ? Number(match[1]) + 1 : NaN;
    if (!(offset <= size)) throw new DriveError('protocol', `Unexpected Range header: ${range}`);
    return { kind: 'progress', offset };
  }
  if (response.status === 404 || response.status === 410) {
    await discardBody(response);
    return { kind: 'expired' };
  }
  if (isRetryableStatus(response.status)) {
    const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), Date.now());
    await discardBody(response);
    return { kind: 'transient', retryAfterMs };
  }
  return http.json<never>(response, 'upload');
}

class ResumableUpload {
  private sessionUri: string | undefined;
  private offset = 0;
  private readonly size: number;
  private readonly chunkSize: number;

  constructor(
    private readonly http: DriveHttp,
    private readonly blob: Blob,
    private readonly metadata: NewDriveFile | DriveFileUpdate,
    private readonly options: ResumableUploadOptions,
    /** Set for files.update: the new content replaces this file's, keeping its id and link. */
    private readonly fileId?: string,
  ) {
    this.size = blob.size;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (this.chunkSize <= 0 || this.chunkSize % DRIVE_CHUNK_GRANULARITY !== 0) {
      throw new RangeError('chunkSize must be a positive multiple of 256 KiB');
    }
  }

  async run(): Promise<DriveFile> {
    const file = (await this.resumeStoredSession()) ?? (await this.transfer());
    await this.forgetSession();
    await this.verify(file);
    return file;
  }

  /** If a stored session is still alive, learns Drive's offset; returns the file if it finished. */
  private async resumeStoredSession(): Promise<DriveFile | undefined> {
    const { sessionStore, sessionKey } = this.options;
    if (!sessionStore || sessionKey === undefined) return undefined;
    const stored = await sessionStore.get(sessionKey);
    if (!stored) return undefined;
    if (stored.size !== this.size) {
      await sessionStore.delete(sessionKey);
      return undefined;
    }
    this.sessionUri = stored.sessionUri;
    this.offset = stored.offset;
    const outcome = await this.queryStatus();
    if (outcome.kind === 'complete') return outcome.file;
    if (outcome.kind === 'expired') await this.dropSession();
    else await this.record(outcome.offset);
    return undefined;
  }

  private async transfer(): Promise<DriveFile> {
    let failures = 0;
    let newSessions = 0;
    for (;;) {
      this.options.signal?.throwIfAborted();
      if (this.sessionUri === undefined) {
        if (newSessions++ >= this.http.policy.maxAttempts) {
          throw new DriveError('gave-up', 'Upload sessions kept expiring');
        }
        await this.startSession();
      }
      let outcome = await this.putNextChunk();
      if (outcome.kind === 'transient') {
        if (++failures >= this.http.policy.maxAttempts) {
          throw new DriveError('gave-up', 'Upload kept failing');
        }
        await this.http.backoff(failures - 1, outcome.retryAfterMs, this.options.signal);
        // What reached Drive before the failure is unknown: ask instead of guessing.
        outcome = await this.queryStatus();
      }
      if (outcome.kind === 'complete') return outcome.file;
      if (outcome.kind === 'expired') {
        await this.dropSession();
      } else if (outcome.kind === 'progress') {
        if (outcome.offset > this.offset) failures = 0;
        await this.record(outcome.offset);
      }
    }
  }

  private async startSession(): Promise<void> {
    const path =
      this.fileId === undefined
        ? '/upload/drive/v3/files'
        : `/upload/drive/v3/files/${encodeURIComponent(this.fileId)}`;
    const url = this.http.url(path, { uploadType: 'resumable', fields: DRIVE_FILE_FIELDS });
    const contentType = this.blob.type || this.metadata.mimeType || 'application/octet-stream';
    const response = await this.http.sendWithRetry(url, {
      // files.update is PATCH (Drive's documented verb; a PUT initiation returns no Location).
      method: this.fileId === undefined ? 'POST' : 'PATCH',
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        'X-Upload-Content-Type': contentType,
        'X-Upload-Content-Length': String(this.size),
      },
      body: JSON.stringify({ mimeType: contentType, ...this.metadata }),
      signal: this.options.signal,
    });
    if (!response.ok) await this.http.json(response, 'start upload session');
    await discardBody(response);
    const location = response.headers.get('Location');
    if (location === null) throw new DriveError('protocol', 'Drive returned no upload session URI');
    this.sessionUri = new URL(location, this.http.deps.baseUrl).href;
    await this.record(0);
  }

  private async putNextChunk(): Promise<SessionOutcome> {
    const end = Math.min(this.offset + this.chunkSize, this.size);
    // An empty file is finished by a PUT that states the total and carries no bytes.
    const contentRange =
      this.size === 0 ? 'bytes */0' : `bytes ${this.offset}-${end - 1}/${this.size}`;
    try {
      const response = await this.http.send(this.sessionUri!, {
        method: 'PUT',
        headers: { 'Content-Range': contentRange },
        body: this.blob.slice(this.offset, end),
        signal: this.options.signal,
      });
      return await interpret(this.http, response, this.size);
    } catch (error) {
      if (isNetworkError(error, this.options.signal)) return { kind: 'transient' };
      throw error;
    }
  }

  private async queryStatus(): Promise<Exclude<SessionOutcome, { kind: 'transient' }>> {
    const response = await this.http.sendWithRetry(this.sessionUri!, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes */${this.size}` },
      body: new Uint8Array(0),
      signal: this.options.signal,
    });
    const outcome = await interpret(this.http, response, this.size);
    // sendWithRetry only returns non-transient responses.
    if (outcome.kind === 'transient')
      throw new DriveError('protocol', 'Unexpected transient status');
    return outcome;
  }

  private async record(offset: number): Promise<void> {
    this.offset = offset;
    const { sessionStore, sessionKey } = this.options;
    if (sessionStore && sessionKey !== undefined && this.sessionUri !== undefined) {
      await sessionStore.put(sessionKey, { sessionUri: this.sessionUri, offset, size: this.size });
    }
    this.options.onProgress?.({ uploadedBytes: offset, totalBytes: this.size });
  }

  private async dropSession(): Promise<void> {
    this.sessionUri = undefined;
    this.offset = 0;
    await this.forgetSession();
  }

  private async forgetSession(): Promise<void> {
    const { sessionStore, sessionKey } = this.options;
    if (sessionStore && sessionKey !== undefined) await sessionStore.delete(sessionKey);
  }

  private async verify(file: DriveFile): Promise<void> {
    this.options.onProgress?.({ uploadedBytes: this.size, totalBytes: this.size });
    if (file.md5Checksum === undefined) {
      throw new DriveError('protocol', 'Drive returned no md5Checksum for the upload');
    }
    const local = await md5OfBlob(this.blob, 4 * 1024 * 1024, this.options.signal);
    if (local !== file.md5Checksum) {
      throw new DriveError(
        'md5-mismatch',
        `Uploaded ${file.id} has MD5 ${file.md5Checksum}, expected ${local}`,
      );
    }
  }
}

export async function uploadResumable(
  http: DriveHttp,
  blob: Blob,
  metadata: NewDriveFile,
  options: ResumableUploadOptions = {},
): Promise<DriveFile> {
  return await new ResumableUpload(http, blob, metadata, options).run();
}

/**
 * files.update with a resumable upload: the same session protocol, initiated with
 * `PATCH /upload/drive/v3/files/{fileId}`. The file keeps its id, link, parents and sharing.
 */
export async function updateResumable(
  http: DriveHttp,
  fileId: string,
  blob: Blob,
  metadata: DriveFileUpdate,
  options: ResumableUploadOptions = {},
): Promise<DriveFile> {
  return await new ResumableUpload(http, blob, metadata, options, fileId).run();
}
