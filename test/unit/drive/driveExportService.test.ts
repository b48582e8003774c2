import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDriveExportService,
  type DriveExportServiceDeps,
} from '@/lib/background/setUpDriveExport';
import { DriveAuthError } from '@/lib/export/drive/auth/driveAuthError';
import { createDriveJob } from '@/lib/export/drive/driveJobStore';
import type { DriveTokenProvider } from '@/lib/export/drive/driveTypes';
import type { PlpDatabase } from '@/lib/db/schema';
import { DEFAULT_DRIVE_SETTINGS } from '@/lib/settings/driveSettings';
import { type DriveEmulator, startDriveEmulator } from '../../drive/driveEmulator';
import { seedLibrary } from '../export/bundleTestKit';
import { freshDb, testDeps } from '../testDb';

let emulator: DriveEmulator;
let db: PlpDatabase;
beforeEach(async () => {
  emulator = await startDriveEmulator({ tokens: ['t'] });
  db = freshDb();
  await seedLibrary(db);
});
afterEach(async () => {
  db.close();
  await emulator.close();
});

const signedIn: DriveTokenProvider = { getToken: async () => 't', refreshToken: async () => 't' };

function service(overrides: Partial<DriveExportServiceDeps> = {}) {
  return createDriveExportService({
    db: () => db,
    readSettings: async () => ({ ...DEFAULT_DRIVE_SETTINGS, apiBaseUrl: emulator.url }),
    tokens: () => signedIn,
    fetch: globalThis.fetch,
    keepAlive: vi.fn(async () => undefined),
    ...testDeps(),
    ...overrides,
  });
}

const uploaded = () => emulator.files.filter((f) => f.appProperties.plpItemId).length;

describe('the Drive export service', () => {
  it('runs a started job to the end, and a second start joins the running job', async () => {
    const drive = service();
    const { jobId } = await drive.start({ kind: 'everything' });
    expect(await drive.start({ kind: 'goals', goalIds: ['g1'] })).toEqual({ jobId });
    await drive.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('done');
    expect(await db.driveJobs.count()).toBe(1);
    expect(uploaded()).toBe(5);
  });

  it('picks up a job a stopped worker left running', async () => {
    const job = await createDriveJob(
      db,
      { kind: 'everything' },
      { now: Date.now, newId: () => 'left' },
    );
    await db.driveJobs.update(job.id, { status: 'running', heartbeatAt: 1 });
    await service().resumeUnfinished();
    expect((await db.driveJobs.get('left'))!.status).toBe('done');
    expect(uploaded()).toBe(5);
  });

  it('pauses for sign-in, and resume after signing in finishes the same job', async () => {
    let token: string | null = null;
    const tokens: DriveTokenProvider = {
      getToken: async () => token ?? Promise.reject(new DriveAuthError('sign-in-needed', 'none')),
      refreshToken: async () =>
        token ?? Promise.reject(new DriveAuthError('sign-in-needed', 'none')),
    };
    const drive = service({ tokens: () => tokens });
    const { jobId } = await drive.start({ kind: 'everything' });
    await drive.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('paused-auth');
    // A worker start does not retry a paused job on its own (that could prompt for sign-in).
    await drive.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('paused-auth');

    token = 't';
    await drive.resume();
    await drive.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('done');
    expect(uploaded()).toBe(5);
  });

  it('cancel stops the upload in flight and the job stays cancelled', async () => {
    let jobId = '';
    const fetchThenCancel: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT') await drive.cancel(jobId);
      return globalThis.fetch(input, init);
    };
    const drive = service({ fetch: fetchThenCancel });
    jobId = (await drive.start({ kind: 'everything' })).jobId;
    await drive.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('cancelled');
    expect(uploaded()).toBe(0);
  });
});
