/**
 * The extension's Google Drive client. Everything it needs (fetch, base URL, tokens, clock-free
 * sleep and randomness) is injected, so tests drive it against the emulator in test/drive/.
 */
import { DriveHttp } from './driveHttp';
import { ensureFolder, type EnsureFolderOptions, getFile, listFiles } from './driveFolders';
import { appPropertyClause, driveQuery } from './driveQuery';
import { type ResumableUploadOptions, uploadResumable } from './resumableUpload';
import type { DriveClientDeps, DriveFile, NewDriveFile } from './driveTypes';

/** appProperties that tie a Drive file to the item and content it was uploaded from. */
export const ITEM_ID_PROPERTY = 'plpItemId';
export const ITEM_HASH_PROPERTY = 'plpHash';

export interface UploadItemRequest {
  itemId: string;
  /** A hash of the item's content: a changed item is uploaded again, an unchanged one is not. */
  hash: string;
  blob: Blob;
  name: string;
  parentId: string;
  description?: string;
}

export interface UploadItemResult {
  file: DriveFile;
  /** True when Drive already had this item with this hash, so nothing was sent. */
  skipped: boolean;
}

export interface DriveClient {
  ensureFolder(name: string, parentId: string, options?: EnsureFolderOptions): Promise<DriveFile>;
  findUploaded(itemId: string, hash: string, signal?: AbortSignal): Promise<DriveFile | undefined>;
  uploadResumable(
    blob: Blob,
    metadata: NewDriveFile,
    options?: ResumableUploadOptions,
  ): Promise<DriveFile>;
  /** findUploaded, then uploadResumable tagged with the item's appProperties if needed. */
  uploadItem(
    request: UploadItemRequest,
    options?: ResumableUploadOptions,
  ): Promise<UploadItemResult>;
  listFiles(q: string, signal?: AbortSignal): Promise<DriveFile[]>;
  getFile(fileId: string, signal?: AbortSignal): Promise<DriveFile>;
}

export function createDriveClient(deps: DriveClientDeps): DriveClient {
  const http = new DriveHttp(deps);
  // Drive has no unique names, so two concurrent ensureFolder calls would both list nothing and
  // both create. Callers in this worker share one in-flight lookup per folder instead.
  const foldersInFlight = new Map<string, Promise<DriveFile>>();

  async function findUploaded(itemId: string, hash: string, signal?: AbortSignal) {
    const q = driveQuery(
      appPropertyClause(ITEM_ID_PROPERTY, itemId),
      appPropertyClause(ITEM_HASH_PROPERTY, hash),
      'trashed = false',
    );
    const [file] = await listFiles(http, q, signal);
    return file;
  }

  return {
    ensureFolder(name, parentId, options = {}) {
      const flightKey = JSON.stringify([parentId, name, options.key ?? null]);
      const existing = foldersInFlight.get(flightKey);
      if (existing) return existing;
      const lookup = ensureFolder(http, name, parentId, options).finally(() =>
        foldersInFlight.delete(flightKey),
      );
      foldersInFlight.set(flightKey, lookup);
      return lookup;
    },
    findUploaded,
    uploadResumable: (blob, metadata, options) => uploadResumable(http, blob, metadata, options),
    async uploadItem(request, options = {}) {
      const existing = await findUploaded(request.itemId, request.hash, options.signal);
      if (existing) return { file: existing, skipped: true };
      const file = await uploadResumable(
        http,
        request.blob,
        {
          name: request.name,
          parents: [request.parentId],
          ...(request.description === undefined ? {} : { description: request.description }),
          appProperties: { [ITEM_ID_PROPERTY]: request.itemId, [ITEM_HASH_PROPERTY]: request.hash },
        },
        { sessionKey: `${request.itemId}:${request.hash}`, ...options },
      );
      return { file, skipped: false };
    },
    listFiles: (q, signal) => listFiles(http, q, signal),
    getFile: (fileId, signal) => getFile(http, fileId, signal),
  };
}
