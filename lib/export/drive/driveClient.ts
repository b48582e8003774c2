/**
 * The extension's Google Drive client. Everything it needs (fetch, base URL, tokens, clock-free
 * sleep and randomness) is injected, so tests drive it against the emulator in test/drive/.
 */
import { DriveHttp } from './driveHttp';
import { ensureFolder, type EnsureFolderOptions, getFile, listFiles } from './driveFolders';
import { appPropertyClause, driveQuery } from './driveQuery';
import { type ResumableUploadOptions, updateResumable, uploadResumable } from './resumableUpload';
import {
  type DriveClientDeps,
  DriveError,
  type DriveFile,
  type DriveFileUpdate,
  type NewDriveFile,
} from './driveTypes';

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
  /** The item's untrashed files in Drive, whatever content they hold (normally one). */
  findUploaded(itemId: string, signal?: AbortSignal): Promise<DriveFile[]>;
  uploadResumable(
    blob: Blob,
    metadata: NewDriveFile,
    options?: ResumableUploadOptions,
  ): Promise<DriveFile>;
  /** Replaces an existing file's content (files.update), keeping its id. */
  updateResumable(
    fileId: string,
    blob: Blob,
    metadata: DriveFileUpdate,
    options?: ResumableUploadOptions,
  ): Promise<DriveFile>;
  /**
   * Skips an item Drive already has with this hash, updates its file in place when the content
   * changed, and creates a file (tagged with the item's appProperties) when Drive has none.
   */
  uploadItem(
    request: UploadItemRequest,
    options?: ResumableUploadOptions,
  ): Promise<UploadItemResult>;
  listFiles(q: string, signal?: AbortSignal): Promise<DriveFile[]>;
  getFile(fileId: string, signal?: AbortSignal): Promise<DriveFile>;
}

/** The name, caption and appProperties an item's file carries, on create and on update. */
function itemMetadata(request: UploadItemRequest): DriveFileUpdate {
  return {
    name: request.name,
    ...(request.description === undefined ? {} : { description: request.description }),
    appProperties: { [ITEM_ID_PROPERTY]: request.itemId, [ITEM_HASH_PROPERTY]: request.hash },
  };
}

export function createDriveClient(deps: DriveClientDeps): DriveClient {
  const http = new DriveHttp(deps);
  // Drive has no unique names, so two concurrent ensureFolder calls would both list nothing and
  // both create. Callers in this worker share one in-flight lookup per folder instead.
  const foldersInFlight = new Map<string, Promise<DriveFile>>();

  async function findUploaded(itemId: string, signal?: AbortSignal) {
    const q = driveQuery(appPropertyClause(ITEM_ID_PROPERTY, itemId), 'trashed = false');
    return await listFiles(http, q, signal);
  }

  async function createItemFile(request: UploadItemRequest, options: ResumableUploadOptions) {
    return await uploadResumable(
      http,
      request.blob,
      { ...itemMetadata(request), parents: [request.parentId] },
      options,
    );
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
    updateResumable: (fileId, blob, metadata, options) =>
      updateResumable(http, fileId, blob, metadata, options),
    async uploadItem(request, options = {}) {
      const existing = await findUploaded(request.itemId, options.signal);
      const current = existing.find(
        (file) => file.appProperties?.[ITEM_HASH_PROPERTY] === request.hash,
      );
      if (current) return { file: current, skipped: true };
      const uploadOptions = { sessionKey: `${request.itemId}:${request.hash}`, ...options };
      // Copies from an older version of the extension may share the item id. Only the first is
      // updated; the rest are left alone, because a student's files are never deleted silently.
      const [target] = existing;
      if (!target) return { file: await createItemFile(request, uploadOptions), skipped: false };
      try {
        const file = await updateResumable(
          http,
          target.id,
          request.blob,
          itemMetadata(request),
          uploadOptions,
        );
        return { file, skipped: false };
      } catch (error) {
        // Deleted for good between the lookup and the update: upload it as a new file.
        if (!(error instanceof DriveError && error.status === 404)) throw error;
        return { file: await createItemFile(request, uploadOptions), skipped: false };
      }
    },
    listFiles: (q, signal) => listFiles(http, q, signal),
    getFile: (fileId, signal) => getFile(http, fileId, signal),
  };
}
