import { describe, expect, it } from 'vitest';
import {
  type DownloadDelta,
  saveBlobWithSaveAs,
  SaveAsError,
  type SaveAsDownloadsApi,
} from '@/lib/export/saveBlobWithSaveAs';

/** A downloads API whose download() ends the way `finish` says, through onChanged or a rejection. */
function fakeDownloads(finish: (id: number) => DownloadDelta | Error, announceFirst = false) {
  const listeners = new Set<(delta: DownloadDelta) => void>();
  const calls: { url: string; filename: string; saveAs: boolean }[] = [];
  const api: SaveAsDownloadsApi = {
    async download(options) {
      calls.push(options);
      const outcome = finish(7);
      if (outcome instanceof Error) throw outcome;
      const announce = () => listeners.forEach((listener) => listener(outcome));
      // Either the download ends before download() resolves, or a moment after.
      if (announceFirst) announce();
      else setTimeout(announce, 0);
      return 7;
    },
    onChanged: {
      addListener: (listener) => listeners.add(listener),
      removeListener: (listener) => listeners.delete(listener),
    },
  };
  return { api, calls, listeners };
}

function fakeUrls() {
  const revoked: string[] = [];
  return {
    revoked,
    createObjectURL: () => 'blob:chrome-extension://x/1',
    revokeObjectURL: (url: string) => revoked.push(url),
  };
}

const blob = new Blob(['zip bytes']);

describe('saveBlobWithSaveAs', () => {
  it('asks where to save, resolves once written and then frees the object URL', async () => {
    const { api, calls, listeners } = fakeDownloads((id) => ({
      id,
      state: { current: 'complete' },
    }));
    const urls = fakeUrls();
    expect(await saveBlobWithSaveAs(blob, 'PLP.zip', api, urls)).toBe('saved');
    expect(calls).toEqual([
      { url: 'blob:chrome-extension://x/1', filename: 'PLP.zip', saveAs: true },
    ]);
    expect(urls.revoked).toEqual(['blob:chrome-extension://x/1']);
    expect(listeners.size).toBe(0);
  });

  it('sees a download that finished before download() resolved', async () => {
    const { api } = fakeDownloads((id) => ({ id, state: { current: 'complete' } }), true);
    expect(await saveBlobWithSaveAs(blob, 'PLP.zip', api, fakeUrls())).toBe('saved');
  });

  it('reads a closed dialog as a cancel, in Chromium and in Firefox', async () => {
    const chromium = fakeDownloads((id) => ({
      id,
      state: { current: 'interrupted' },
      error: { current: 'USER_CANCELED' },
    }));
    expect(await saveBlobWithSaveAs(blob, 'a.zip', chromium.api, fakeUrls())).toBe('cancelled');
    const firefox = fakeDownloads(() => new Error('Download canceled by the user'));
    const urls = fakeUrls();
    expect(await saveBlobWithSaveAs(blob, 'a.zip', firefox.api, urls)).toBe('cancelled');
    expect(urls.revoked).toHaveLength(1);
  });

  it('turns any other interruption into a SaveAsError with its reason', async () => {
    const full = fakeDownloads((id) => ({
      id,
      state: { current: 'interrupted' },
      error: { current: 'FILE_NO_SPACE' },
    }));
    const failure = saveBlobWithSaveAs(blob, 'a.zip', full.api, fakeUrls());
    await expect(failure).rejects.toBeInstanceOf(SaveAsError);
    await expect(failure).rejects.toMatchObject({ reason: 'FILE_NO_SPACE' });
  });

  it('ignores other downloads that end meanwhile', async () => {
    const { api, listeners } = fakeDownloads((id) => ({ id, state: { current: 'complete' } }));
    const saving = saveBlobWithSaveAs(blob, 'a.zip', api, fakeUrls());
    await Promise.resolve();
    listeners.forEach((listener) =>
      listener({ id: 99, state: { current: 'interrupted' }, error: { current: 'FILE_NO_SPACE' } }),
    );
    expect(await saving).toBe('saved');
  });
});
