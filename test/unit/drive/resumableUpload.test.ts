/** The resumable uploader against the real emulator: every fault recovers, exactly one file. */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DriveError } from '@/lib/export/drive/driveTypes';
import { createMemoryUploadSessionStore } from '@/lib/export/drive/uploadSessionStore';
import type { DriveFault } from '../../drive/driveEmulator';
import { type Harness, KIB, startHarness, testBytes } from './driveTestHarness';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.emulator.close();
});

const SIZE = 1300 * KIB; // five 256 KiB chunks and a short last one
const bytes = testBytes(SIZE, 7);
const blob = new Blob([bytes], { type: 'video/webm' });
const expectedMd5 = createHash('md5').update(bytes).digest('hex');
const CHUNK = 256 * KIB;

function chunkEntries() {
  return harness.emulator.log.filter((entry) => entry.kind === 'chunk');
}

function expectExactlyOneIntactFile() {
  const files = harness.emulator.files;
  expect(files).toHaveLength(1);
  expect(createHash('md5').update(files[0]!.content).digest('hex')).toBe(expectedMd5);
}

describe('uploadResumable', () => {
  it('sends 256 KiB-multiple chunks, never in manual redirect mode, and returns the verified file', async () => {
    const redirectModes: (RequestRedirect | undefined)[] = [];
    const client = harness.newClient({
      fetch: (input, init) => {
        redirectModes.push(init?.redirect);
        return fetch(input, init);
      },
    });
    const progress: number[] = [];
    const file = await client.uploadResumable(
      blob,
      { name: 'clip.webm', parents: ['root'] },
      {
        chunkSize: CHUNK,
        onProgress: ({ uploadedBytes }) => progress.push(uploadedBytes),
      },
    );
    expect(file.md5Checksum).toBe(expectedMd5);
    expect(file.name).toBe('clip.webm');
    expectExactlyOneIntactFile();
    const chunks = chunkEntries();
    expect(chunks.slice(0, -1).every((entry) => entry.bodyBytes === CHUNK)).toBe(true);
    expect(chunks.reduce((sum, entry) => sum + entry.bodyBytes, 0)).toBe(SIZE);
    // In a browser, manual mode turns Drive's 308 into an opaque status-0 response.
    expect(redirectModes.some((mode) => mode === 'manual')).toBe(false);
    expect(progress.at(-1)).toBe(SIZE);
  });

  it('rejects a chunk size that is not a multiple of 256 KiB', async () => {
    await expect(
      harness.newClient().uploadResumable(blob, { name: 'x' }, { chunkSize: 100_000 }),
    ).rejects.toThrow(RangeError);
  });

  // Most faults hit the third chunk (after: 2), i.e. mid-upload with bytes already persisted.
  const faults: [string, DriveFault[]][] = [
    [
      'a dropped connection whose bytes were kept',
      [{ kind: 'dropConnection', after: 2, afterBytes: 100 * KIB, keepReceived: true }],
    ],
    [
      'a dropped connection whose bytes were lost',
      [{ kind: 'dropConnection', after: 2, afterBytes: 200 * KIB, keepReceived: false }],
    ],
    [
      'repeated drops',
      [{ kind: 'dropConnection', after: 1, afterBytes: 10 * KIB, keepReceived: false, times: 3 }],
    ],
    [
      'a drop during the last chunk',
      [{ kind: 'dropConnection', after: 5, afterBytes: 5 * KIB, keepReceived: true }],
    ],
    ['503 on a chunk', [{ kind: 'status', status: 503, on: 'chunk', after: 2 }]],
    ['503 when starting the session', [{ kind: 'status', status: 503, on: 'initiate' }]],
    [
      '500 on the status query after a 503',
      [
        { kind: 'status', status: 503, on: 'chunk', after: 2 },
        { kind: 'status', status: 500, on: 'statusQuery' },
      ],
    ],
    ['408 on a chunk', [{ kind: 'status', status: 408, on: 'chunk', after: 2 }]],
    ['401 (expired token) on a chunk', [{ kind: 'status', status: 401, on: 'chunk', after: 2 }]],
    ['401 when starting the session', [{ kind: 'status', status: 401, on: 'initiate' }]],
    ['an expired session (404)', [{ kind: 'expireSession', after: 2 }]],
    [
      'a 308 whose Range is shorter than what was sent',
      [{ kind: 'persistFewer', after: 2, bytes: CHUNK }],
    ],
    [
      'a 308 that carries a Location',
      [{ kind: 'locationOn308', after: 1, location: 'http://127.0.0.1:9/elsewhere' }],
    ],
  ];

  for (const [name, injected] of faults) {
    it(`recovers from ${name}`, async () => {
      for (const fault of injected) harness.emulator.inject(fault);
      const file = await harness
        .newClient()
        .uploadResumable(blob, { name: 'clip.webm' }, { chunkSize: CHUNK });
      expect(harness.emulator.pendingFaults()).toBe(0);
      expect(file.md5Checksum).toBe(expectedMd5);
      expectExactlyOneIntactFile();
    });
  }

  it('resumes from what Drive persisted, not from what was sent', async () => {
    // 1 MiB chunks: the drop keeps 600 KiB, of which Drive persists 512 KiB; the next chunk
    // gets a 308 that persisted one 256 KiB unit less than was sent.
    harness.emulator.inject({ kind: 'dropConnection', afterBytes: 600 * KIB, keepReceived: true });
    harness.emulator.inject({ kind: 'persistFewer', bytes: CHUNK });
    await harness
      .newClient()
      .uploadResumable(blob, { name: 'clip.webm' }, { chunkSize: 4 * CHUNK });
    expect(chunkEntries().map((entry) => entry.contentRange)).toEqual([
      `bytes 0-${4 * CHUNK - 1}/${SIZE}`, // dropped after 600 KiB
      `bytes ${2 * CHUNK}-${SIZE - 1}/${SIZE}`, // 308 with Range only up to 4 * CHUNK
      `bytes ${4 * CHUNK}-${SIZE - 1}/${SIZE}`,
    ]);
    expectExactlyOneIntactFile();
  });

  it('waits as long as Retry-After says on 429', async () => {
    harness.emulator.inject({ kind: 'status', status: 429, retryAfterSeconds: 7, on: 'chunk' });
    await harness.newClient().uploadResumable(blob, { name: 'clip.webm' }, { chunkSize: CHUNK });
    expect(harness.sleeps).toEqual([7000]);
    expectExactlyOneIntactFile();
  });

  it('backs off with growing, jittered delays and gives up after maxAttempts', async () => {
    harness.emulator.inject({ kind: 'status', status: 503, on: 'chunk', times: 50 });
    const client = harness.newClient({ retry: { maxAttempts: 4, baseDelayMs: 100 } });
    const upload = client.uploadResumable(blob, { name: 'clip.webm' }, { chunkSize: CHUNK });
    await expect(upload).rejects.toMatchObject({ code: 'gave-up' });
    // random() is 0.5, so each wait is half of base * 2^attempt.
    expect(harness.sleeps).toEqual([50, 100, 200]);
  });

  it('refreshes the token after it expires mid-upload', async () => {
    harness.emulator.inject({ kind: 'status', status: 401, on: 'statusQuery' });
    harness.emulator.inject({ kind: 'status', status: 503, on: 'chunk' });
    await harness.newClient().uploadResumable(blob, { name: 'clip.webm' }, { chunkSize: CHUNK });
    expect(harness.refreshCount()).toBe(1);
    expectExactlyOneIntactFile();
  });

  it('fails loudly when Drive reports a different MD5', async () => {
    const client = harness.newClient({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method !== 'PUT' || response.status !== 200) return response;
        const file = (await response.json()) as Record<string, string>;
        return Response.json({ ...file, md5Checksum: '0'.repeat(32) });
      },
    });
    const upload = client.uploadResumable(blob, { name: 'clip.webm' }, { chunkSize: CHUNK });
    await expect(upload).rejects.toBeInstanceOf(DriveError);
    await expect(upload).rejects.toMatchObject({ code: 'md5-mismatch' });
  });

  it('uploads an empty file', async () => {
    const file = await harness.newClient().uploadResumable(new Blob([]), { name: 'empty.txt' });
    expect(file.md5Checksum).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(harness.emulator.files).toHaveLength(1);
  });
});

describe('resuming across restarts', () => {
  async function interruptedUpload(store: ReturnType<typeof createMemoryUploadSessionStore>) {
    const controller = new AbortController();
    const upload = harness.newClient().uploadResumable(
      blob,
      { name: 'clip.webm' },
      {
        chunkSize: CHUNK,
        sessionStore: store,
        sessionKey: 'item-1:hash-1',
        signal: controller.signal,
        onProgress: ({ uploadedBytes }) => {
          if (uploadedBytes >= 2 * CHUNK) controller.abort();
        },
      },
    );
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
  }

  it('cancels via AbortSignal and leaves the session resumable', async () => {
    const store = createMemoryUploadSessionStore();
    await interruptedUpload(store);
    expect(harness.emulator.files).toHaveLength(0);
    expect(store.entries.get('item-1:hash-1')).toMatchObject({ offset: 2 * CHUNK, size: SIZE });
  });

  it('a new client with the same store asks Drive first, then sends only the missing bytes', async () => {
    const store = createMemoryUploadSessionStore();
    await interruptedUpload(store);
    const logStart = harness.emulator.log.length;

    const file = await harness.newClient().uploadResumable(
      blob,
      { name: 'clip.webm' },
      {
        chunkSize: CHUNK,
        sessionStore: store,
        sessionKey: 'item-1:hash-1',
      },
    );
    const resumed = harness.emulator.log.slice(logStart);
    expect(resumed[0]).toMatchObject({
      kind: 'statusQuery',
      contentRange: `bytes */${SIZE}`,
      bodyBytes: 0,
    });
    expect(resumed.some((entry) => entry.kind === 'initiate')).toBe(false);
    const sent = resumed
      .filter((entry) => entry.kind === 'chunk')
      .reduce((sum, entry) => sum + entry.bodyBytes, 0);
    expect(sent).toBe(SIZE - 2 * CHUNK);
    expect(resumed.find((entry) => entry.kind === 'chunk')?.contentRange).toBe(
      `bytes ${2 * CHUNK}-${3 * CHUNK - 1}/${SIZE}`,
    );
    expect(file.md5Checksum).toBe(expectedMd5);
    expectExactlyOneIntactFile();
    expect(store.entries.size).toBe(0);
  });

  it('starts a new session when the stored one has expired', async () => {
    const store = createMemoryUploadSessionStore();
    await interruptedUpload(store);
    harness.emulator.expireAllSessions();
    await harness.newClient().uploadResumable(
      blob,
      { name: 'clip.webm' },
      {
        chunkSize: CHUNK,
        sessionStore: store,
        sessionKey: 'item-1:hash-1',
      },
    );
    expectExactlyOneIntactFile();
  });

  it('finishes without sending anything when the stored session had already completed', async () => {
    const store = createMemoryUploadSessionStore();
    const client = harness.newClient();
    // Simulates a worker stopped after the last chunk landed but before the store was cleared.
    await client.uploadResumable(
      blob,
      { name: 'clip.webm' },
      {
        chunkSize: CHUNK,
        sessionStore: {
          ...store,
          delete: async () => undefined,
        },
        sessionKey: 'k',
      },
    );
    const logStart = harness.emulator.log.length;
    const file = await harness.newClient().uploadResumable(
      blob,
      { name: 'clip.webm' },
      {
        chunkSize: CHUNK,
        sessionStore: store,
        sessionKey: 'k',
      },
    );
    expect(harness.emulator.log.slice(logStart).map((entry) => entry.kind)).toEqual([
      'statusQuery',
    ]);
    expect(file.md5Checksum).toBe(expectedMd5);
    expectExactlyOneIntactFile();
  });
});
