/** Finding and creating Drive files and folders without ever making duplicates. */
import { discardBody, type DriveHttp } from './driveHttp';
import { appPropertyClause, driveQuery, quoteDriveString } from './driveQuery';
import { isNetworkError, isRetryableStatus, parseRetryAfterMs } from './driveRetry';
import {
  DRIVE_FILE_FIELDS,
  DRIVE_FOLDER_MIME_TYPE,
  DriveError,
  type DriveFile,
} from './driveTypes';

/** appProperties key that marks folders this app made, with the folder's role as value. */
export const FOLDER_KEY_PROPERTY = 'plpFolderKey';

interface FileList {
  files?: DriveFile[];
  nextPageToken?: string;
}

export async function listFiles(
  http: DriveHttp,
  q: string,
  signal?: AbortSignal,
): Promise<DriveFile[]> {
  const files: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const params: Record<string, string> = {
      q,
      fields: `nextPageToken,files(${DRIVE_FILE_FIELDS})`,
      pageSize: '100',
      spaces: 'drive',
    };
    if (pageToken) params.pageToken = pageToken;
    const response = await http.sendWithRetry(http.url('/drive/v3/files', params), { signal });
    const page = await http.json<FileList>(response, 'files.list');
    files.push(...(page.files ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return files;
}

export async function getFile(
  http: DriveHttp,
  fileId: string,
  signal?: AbortSignal,
): Promise<DriveFile> {
  const url = http.url(`/drive/v3/files/${encodeURIComponent(fileId)}`, {
    fields: DRIVE_FILE_FIELDS,
  });
  return http.json<DriveFile>(await http.sendWithRetry(url, { signal }), 'files.get');
}

export interface EnsureFolderOptions {
  /** A stable role for the folder (e.g. "root", "goal:42"): found again even if renamed. */
  key?: string;
  signal?: AbortSignal;
}

async function findFolder(
  http: DriveHttp,
  name: string,
  parentId: string,
  options: EnsureFolderOptions,
): Promise<DriveFile | undefined> {
  const inParent = [
    `${quoteDriveString(parentId)} in parents`,
    'trashed = false',
    `mimeType = ${quoteDriveString(DRIVE_FOLDER_MIME_TYPE)}`,
  ];
  if (options.key !== undefined) {
    const tagged = await listFiles(
      http,
      driveQuery(appPropertyClause(FOLDER_KEY_PROPERTY, options.key), ...inParent),
      options.signal,
    );
    if (tagged[0]) return tagged[0];
  }
  const named = await listFiles(
    http,
    driveQuery(`name = ${quoteDriveString(name)}`, ...inParent),
    options.signal,
  );
  return named[0];
}

/**
 * Returns the folder `name` inside `parentId`, creating it only when a fresh listing shows none.
 * A create whose outcome is unknown (network drop, 5xx) is never blindly repeated: the loop lists
 * again first, so a folder Drive did create is found instead of duplicated.
 */
export async function ensureFolder(
  http: DriveHttp,
  name: string,
  parentId: string,
  options: EnsureFolderOptions = {},
): Promise<DriveFile> {
  for (let attempt = 0; ; attempt++) {
    const existing = await findFolder(http, name, parentId, options);
    if (existing) return existing;
    const metadata = {
      name,
      mimeType: DRIVE_FOLDER_MIME_TYPE,
      parents: [parentId],
      appProperties: options.key === undefined ? {} : { [FOLDER_KEY_PROPERTY]: options.key },
    };
    let retryAfterMs: number | undefined;
    try {
      const response = await http.send(http.url('/drive/v3/files', { fields: DRIVE_FILE_FIELDS }), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=UTF-8' },
        body: JSON.stringify(metadata),
        signal: options.signal,
      });
      if (!isRetryableStatus(response.status))
        return await http.json<DriveFile>(response, 'create folder');
      retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), Date.now());
      await discardBody(response);
    } catch (error) {
      if (!isNetworkError(error, options.signal)) throw error;
    }
    if (attempt + 1 >= http.policy.maxAttempts)
      throw new DriveError('gave-up', `Could not create folder ${name}`);
    await http.backoff(attempt, retryAfterMs, options.signal);
  }
}
