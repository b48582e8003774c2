import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DriveAuthError } from '@/lib/export/drive/auth/driveAuthError';
import { createDriveJob, markDriveJobCancelled } from '@/lib/export/drive/driveJobStore';
import { createDexieUploadSessionStore } from '@/lib/export/drive/uploadSessionStoreDexie';
import { runDriveExport } from '@/lib/export/drive/runDriveExport';
import type { DriveClient } from '@/lib/export/drive/driveClient';
import { DRIVE_CHUNK_GRANULARITY } from '@/lib/export/drive/driveTypes';
import type { BundleScopeRequest } from '@/lib/export/bundle/bundleScope';
import type { PlpDatabase } from '@/lib/db/schema';
import { FOLDER_MIME_TYPE } from '../../drive/driveEmulator';
import { freshDb, testDeps } from '../testDb';
import { bytes, mediaOf, seedLibrary } from '../export/bundleTestKit';
import { type Harness, startHarness } from './driveTestHarness';

const CHUNK = DRIVE_CHUNK_GRANULARITY;
const BIG_SIZE = 5 * CHUNK + 1234;

let harness: Harness;
let db: PlpDatabase;
let ids: ReturnType<typeof testDeps>;
beforeEach(async () => {
  ids = testDeps();
  harness = await startHarness();
  db = freshDb();
  await seedLibrary(db);
  // The recorded reflection's video becomes several chunks long.
  await db.media.put(mediaOf('v1', 'r2', 'video/mp4', bytes(9, BIG_SIZE)));
});
afterEach(async () => {
  db.close();
  await harness.emulator.close();
});

async function run(client: DriveClient, jobId: string, signal = new AbortController().signal) {
  return runDriveExport({
    db,
    client,
    sessionStore: createDexieUploadSessionStore(db),
    rootFolderId: '',
    rootFolderName: 'PLP Companion',
    jobId,
    signal,
    now: Date.now,
    chunkSize: CHUNK,
  });
}

async function newJob(scope: BundleScopeRequest = { kind: 'everything' }) {
  return (await createDriveJob(db, scope, ids)).id;
}

const md5 = (data: Uint8Array | Buffer) => createHash('md5').update(data).digest('hex');

/** Every exported item is in Drive exactly once, byte for byte, in its goal's folder. */
async function expectExactlyOnce() {
  const files = harness.emulator.files.filter((f) => f.mimeType !== FOLDER_MIME_TYPE);
  const ids = files.map((f) => f.appProperties.plpItemId).sort();
  expect(ids).toEqual([
    'evidence:e1',
    'evidence:e2',
    'evidence:e3',
    'reflections:r1',
    'reflections:r2',
  ]);
  for (const id of ['e1', 'e2'] as const) {
    const evidence = await db.evidence.get(id);
    const media = await db.media.get(evidence!.mediaId!);
    const file = files.find((f) => f.appProperties.plpItemId === `evidence:${id}`)!;
    expect(md5(file.content)).toBe(md5(new Uint8Array(await media!.blob.arrayBuffer())));
  }
  const video = files.find((f) => f.appProperties.plpItemId === 'reflections:r2')!;
  expect(md5(video.content)).toBe(md5(bytes(9, BIG_SIZE)));
  const folders = harness.emulator.files.filter((f) => f.mimeType === FOLDER_MIME_TYPE);
  expect(folders.map((f) => f.name).sort()).toEqual([
    'Become a better: writer?',
    'CON',
    'Other evidence',
    'PLP Companion',
  ]);
  const byName = new Map(folders.map((f) => [f.name, f.id]));
  expect(video.parents).toEqual([byName.get('CON')]);
  const link = files.find((f) => f.appProperties.plpItemId === 'evidence:e3')!;
  expect(link.parents).toEqual([byName.get('Other evidence')]);
  // The caption travels as the file's Drive description.
  expect(files.find((f) => f.appProperties.plpItemId === 'evidence:e2')!.description).toBe(
    'Lava flows\nGoal: CON, Become a better: writer?\n\nWhy e2 matters\n\nSource: https://example.org/e2',
  );
  expect(link.content.toString('utf8')).toContain('https://example.org/e3');
}

describe('runDriveExport', () => {
  it('uploads every item once into one folder per goal, and a re-export sends nothing', async () => {
    const jobId = await newJob();
    expect(await run(harness.newClient(), jobId)).toBe('done');
    await expectExactlyOnce();
    const job = await db.driveJobs.get(jobId);
    expect(job!.files.map((f) => f.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(job!.files.every((f) => f.uploadedBytes === f.size && f.driveFileId)).toBe(true);
    expect(job!.result!.rootFolderUrl).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);

    harness.emulator.log.length = 0;
    const again = await newJob();
    expect(await run(harness.newClient(), again)).toBe('done');
    expect(harness.emulator.log.filter((e) => e.kind === 'initiate' || e.kind === 'chunk')).toEqual(
      [],
    );
    const second = await db.driveJobs.get(again);
    expect(second!.files.every((f) => f.status === 'skipped')).toBe(true);
    await expectExactlyOnce();
  });

  it('re-exports a changed item into the same Drive file', async () => {
    expect(await run(harness.newClient(), await newJob())).toBe('done');
    const before = harness.emulator.files.find((f) => f.appProperties.plpItemId === 'evidence:e1')!;
    const beforeId = before.id;
    const fileCount = harness.emulator.files.length;
    await db.media.put(mediaOf('m1', 'e1', 'image/png', bytes(77, 6000)));

    harness.emulator.log.length = 0;
    expect(await run(harness.newClient(), await newJob())).toBe('done');
    const initiations = harness.emulator.log.filter((e) => e.kind === 'initiate');
    expect(initiations.map((e) => e.method)).toEqual(['PATCH']);
    const after = harness.emulator.files.find((f) => f.appProperties.plpItemId === 'evidence:e1')!;
    expect(after.id).toBe(beforeId);
    expect(md5(after.content)).toBe(md5(bytes(77, 6000)));
    expect(harness.emulator.files).toHaveLength(fileCount);
    await expectExactlyOnce();
  });

  it('arrives exactly once through dropped connections, 503, 429, 401, expired sessions and short 308s', async () => {
    const { emulator } = harness;
    emulator.inject({ kind: 'dropConnection', afterBytes: 1000, keepReceived: true, after: 1 });
    emulator.inject({ kind: 'status', status: 503, on: 'initiate' });
    emulator.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, on: 'list', after: 2 });
    emulator.inject({ kind: 'status', status: 401, on: 'list', after: 4 });
    emulator.inject({ kind: 'expireSession', after: 3 });
    emulator.inject({ kind: 'persistFewer', bytes: CHUNK, after: 5 });
    const jobId = await newJob();
    expect(await run(harness.newClient(), jobId)).toBe('done');
    expect(emulator.pendingFaults()).toBe(0);
    expect(harness.refreshCount()).toBeGreaterThan(0);
    await expectExactlyOnce();
  });

  it('resumes the file in flight when the worker stopped mid-upload', async () => {
    const jobId = await newJob();
    let videoChunks = 0;
    let hung!: () => void;
    const hangs = new Promise<void>((resolve) => (hung = resolve));
    // The "killed" worker: after two chunks of the video, its requests never return.
    const dying = harness.newClient({
      fetch: (input, init) => {
        const range = (init?.headers as Record<string, string> | undefined)?.['Content-Range'];
        if (range?.endsWith(`/${BIG_SIZE}`) && ++videoChunks > 2) {
          hung();
          return new Promise<Response>(() => undefined);
        }
        return globalThis.fetch(input, init);
      },
    });
    void run(dying, jobId);
    await hangs;
    const stored = (await db.driveUploads.toArray())[0]!;
    expect(stored.offset).toBe(2 * CHUNK);

    harness.emulator.log.length = 0;
    expect(await run(harness.newClient(), jobId)).toBe('done');
    const query = harness.emulator.log.find((e) => e.kind === 'statusQuery');
    expect(query?.contentRange).toBe(`bytes */${BIG_SIZE}`);
    const resumedFrom = harness.emulator.log.find((e) => e.kind === 'chunk')?.contentRange;
    expect(resumedFrom).toMatch(new RegExp(`^bytes ${stored.offset}-`));
    expect(harness.emulator.log.filter((e) => e.kind === 'initiate')).toHaveLength(0);
    await expectExactlyOnce();
    expect(await db.driveUploads.count()).toBe(0);
  });

  it('pauses for sign-in when there is no token, then finishes after signing in', async () => {
    const jobId = await newJob();
    const signedOut = harness.newClient({
      tokens: {
        getToken: () => Promise.reject(new DriveAuthError('sign-in-needed', 'no token')),
        refreshToken: () => Promise.reject(new DriveAuthError('sign-in-needed', 'no token')),
      },
    });
    expect(await run(signedOut, jobId)).toBe('paused-auth');
    expect((await db.driveJobs.get(jobId))!.error).toBe(
      'Please sign in to Google Drive to continue.',
    );
    expect(await run(harness.newClient(), jobId)).toBe('done');
    await expectExactlyOnce();
  });

  it('stops when cancelled and never starts again', async () => {
    const jobId = await newJob();
    const controller = new AbortController();
    const client = harness.newClient({
      fetch: async (input, init) => {
        if (init?.method === 'PUT') {
          await markDriveJobCancelled(db, jobId);
          controller.abort();
        }
        return globalThis.fetch(input, init);
      },
    });
    expect(await run(client, jobId, controller.signal)).toBe('cancelled');
    expect(await run(harness.newClient(), jobId)).toBe('cancelled');
    const job = await db.driveJobs.get(jobId);
    expect(job!.files.some((f) => f.status === 'uploading')).toBe(false);
  });
});
