import { describe, expect, it } from 'vitest';
import { saveMhtml, SnapshotError, type PageCaptureApi } from '@/lib/capture/saveMhtml';

const MHTML = 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n\r\nbody';

/** A Blob whose bytes are gone, as Chromium's pageCapture sometimes returns. */
class VanishedBlob extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(
      new DOMException('A requested file could not be found.', 'NotFoundError'),
    );
  }
}

/** A pageCapture whose Blob cannot be read the first `failures` times. */
function flakyPageCapture(failures: number) {
  const calls: number[] = [];
  const api: PageCaptureApi = {
    saveAsMHTML: async ({ tabId }) => {
      calls.push(tabId);
      return calls.length <= failures ? new VanishedBlob([MHTML]) : new Blob([MHTML]);
    },
  };
  return { api, calls };
}

const noWait = { sleep: async () => {} };

describe('saveMhtml', () => {
  it('returns the bytes as a new multipart/related Blob', async () => {
    const { api, calls } = flakyPageCapture(0);
    const blob = await saveMhtml(api, 7, noWait);
    expect(calls).toEqual([7]);
    expect(blob.type).toBe('multipart/related');
    expect(await blob.text()).toBe(MHTML);
  });

  it('retries when reading the Blob fails with NotFoundError, backing off between attempts', async () => {
    const { api, calls } = flakyPageCapture(3);
    const waits: number[] = [];
    const blob = await saveMhtml(api, 7, {
      delayMs: (attempt) => attempt * 10,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(await blob.text()).toBe(MHTML);
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([10, 20, 30]);
  });

  it('by default waits a little longer each time', async () => {
    const { api } = flakyPageCapture(4);
    const waits: number[] = [];
    await saveMhtml(api, 1, { sleep: async (ms) => void waits.push(ms) });
    expect(waits).toHaveLength(4);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[0]).toBeGreaterThan(0);
  });

  it('throws a SnapshotError with reason "unreadable" after the last attempt', async () => {
    const { api, calls } = flakyPageCapture(10);
    const error = await saveMhtml(api, 7, { ...noWait, attempts: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).reason).toBe('unreadable');
    expect((error as SnapshotError).cause).toBeInstanceOf(DOMException);
    expect(calls).toHaveLength(3);
  });

  it('does not retry when the browser refuses access to the tab', async () => {
    let calls = 0;
    const api: PageCaptureApi = {
      saveAsMHTML: async () => {
        calls += 1;
        throw new Error("Don't have permissions required to capture this page.");
      },
    };
    const error = await saveMhtml(api, 7, noWait).catch((e: unknown) => e);
    expect((error as SnapshotError).reason).toBe('not-allowed');
    expect(calls).toBe(1);
  });

  it('treats no Blob or an empty one as a failed attempt', async () => {
    const answers = [undefined, new Blob([]), new Blob([MHTML])];
    const api: PageCaptureApi = { saveAsMHTML: async () => answers.shift() };
    expect(await (await saveMhtml(api, 7, noWait)).text()).toBe(MHTML);

    const empty: PageCaptureApi = { saveAsMHTML: async () => undefined };
    const error = await saveMhtml(empty, 7, { ...noWait, attempts: 2 }).catch((e: unknown) => e);
    expect((error as SnapshotError).reason).toBe('empty');
  });
});
