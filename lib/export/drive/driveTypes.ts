/** Shapes shared by the Drive client: its injected dependencies, Drive's file resource, errors. */

export const DRIVE_FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
/** Drive requires every chunk except the last to be a multiple of 256 KiB. */
export const DRIVE_CHUNK_GRANULARITY = 256 * 1024;

export interface DriveTokenProvider {
  /** `interactive` may show the sign-in UI; background work passes false. */
  getToken(interactive: boolean): Promise<string>;
  /** Called after a 401: drop the cached token and get a fresh one. */
  refreshToken(): Promise<string>;
}

export interface DriveClientDeps {
  fetch: typeof fetch;
  /** https://www.googleapis.com in production, the emulator's URL in tests. */
  baseUrl: string;
  tokens: DriveTokenProvider;
  /** Resolves after `ms`, rejects with the signal's reason if aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** In [0, 1), for backoff jitter. */
  random(): number;
  /** Whether getToken may prompt; default false. */
  interactive?: boolean;
  retry?: Partial<RetryPolicy>;
}

export interface RetryPolicy {
  /** Consecutive failed attempts before giving up. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 32_000,
};

/** The fields of Drive's file resource the client reads. */
export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents?: string[];
  trashed?: boolean;
  appProperties?: Record<string, string>;
  md5Checksum?: string;
  size?: string;
}

export const DRIVE_FILE_FIELDS = 'id,name,mimeType,parents,trashed,appProperties,md5Checksum,size';

export interface NewDriveFile {
  name: string;
  mimeType?: string;
  parents?: string[];
  appProperties?: Record<string, string>;
  /** Shown in Drive's details panel (the export puts the item's caption here). */
  description?: string;
}

/**
 * What files.update may change alongside new content. No `parents`: Drive rejects it in update
 * requests (moving takes addParents/removeParents), and the file stays where the student keeps it.
 * appProperties are merged into the file's, not replaced.
 */
export type DriveFileUpdate = Omit<NewDriveFile, 'parents'>;

export type DriveErrorCode =
  | 'http' // a non-retryable HTTP status
  | 'gave-up' // retries exhausted
  | 'md5-mismatch'
  | 'protocol'; // Drive answered something the protocol does not allow

export class DriveError extends Error {
  constructor(
    readonly code: DriveErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DriveError';
  }
}
