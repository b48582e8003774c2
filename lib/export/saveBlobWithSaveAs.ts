/**
 * Saves a Blob through the downloads API with the browser's Save As dialog, so a student can pick
 * where the ZIP goes (on a Chromebook, that includes their Google Drive folder). It needs the
 * optional "downloads" permission; without it the caller falls back to saveBlobAsDownload.
 */

/** The part of `browser.downloads` this uses. */
export interface SaveAsDownloadsApi {
  download(options: { url: string; filename: string; saveAs: boolean }): Promise<number>;
  onChanged: {
    addListener(listener: (delta: DownloadDelta) => void): void;
    removeListener(listener: (delta: DownloadDelta) => void): void;
  };
}

export interface DownloadDelta {
  id: number;
  state?: { current?: string };
  error?: { current?: string };
}

export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export type SaveAsOutcome = 'saved' | 'cancelled';

export class SaveAsError extends Error {
  constructor(readonly reason: string) {
    super(`The browser could not save the file (${reason}).`);
    this.name = 'SaveAsError';
  }
}

/**
 * Resolves once the file is written ('saved') or the student closed the dialog ('cancelled').
 * Firefox rejects download() when the dialog is closed; Chromium instead interrupts the download
 * with USER_CANCELED, so both are read as a cancel. The object URL lives until then: revoking it
 * earlier would cut the download short.
 */
export async function saveBlobWithSaveAs(
  blob: Blob,
  fileName: string,
  downloads: SaveAsDownloadsApi,
  urls: ObjectUrls = URL,
): Promise<SaveAsOutcome> {
  const url = urls.createObjectURL(blob);
  const finished = new Map<number, DownloadDelta>();
  let settle: ((delta: DownloadDelta) => void) | undefined;
  // Listen before starting: a small file can finish before download() resolves.
  const listener = (delta: DownloadDelta) => {
    const state = delta.state?.current;
    if (state !== 'complete' && state !== 'interrupted') return;
    finished.set(delta.id, delta);
    settle?.(delta);
  };
  downloads.onChanged.addListener(listener);
  try {
    let id: number;
    try {
      id = await downloads.download({ url, filename: fileName, saveAs: true });
    } catch (error) {
      if (isCancel(error)) return 'cancelled';
      throw new SaveAsError(error instanceof Error ? error.message : String(error));
    }
    const delta =
      finished.get(id) ??
      (await new Promise<DownloadDelta>((resolve) => {
        settle = (next) => {
          if (next.id === id) resolve(next);
        };
      }));
    if (delta.state?.current === 'complete') return 'saved';
    const reason = delta.error?.current ?? 'INTERRUPTED';
    if (reason === 'USER_CANCELED') return 'cancelled';
    throw new SaveAsError(reason);
  } finally {
    downloads.onChanged.removeListener(listener);
    urls.revokeObjectURL(url);
  }
}

function isCancel(error: unknown): boolean {
  return error instanceof Error && /cancel/i.test(error.message);
}
