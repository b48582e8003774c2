import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createDriveExportService,
  DRIVE_EXPORT_NOT_ALLOWED,
  type DriveExportServiceDeps,
  setUpDriveExport,
} from '@/lib/background/setUpDriveExport';
import {
  createDriveResumeAlarm,
  DRIVE_RESUME_ALARM,
  listenForDriveResumeAlarm,
} from '@/lib/background/driveResumeAlarm';
import type { ExtensionApi } from '@/lib/extensionApi';
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
    resumeAlarm: createDriveResumeAlarm(fakeBrowser.alarms),
    schoolPolicy: async () => ({}),
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

  it('counts only a finished export of everything as exported, for the reminder', async () => {
    const onExported = vi.fn(async () => undefined);
    const drive = service({ onExported });
    await drive.start({ kind: 'goals', goalIds: ['g1'] });
    await drive.resumeUnfinished();
    expect(onExported).not.toHaveBeenCalled();
    await drive.start({ kind: 'everything' });
    await drive.resumeUnfinished();
    expect(onExported).toHaveBeenCalledTimes(1);
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

  it('refuses to start when the school does not allow Drive, and starts when it does', async () => {
    const forbidden = service({ schoolPolicy: async () => ({ allowedExportTargets: ['zip'] }) });
    await expect(forbidden.start({ kind: 'everything' })).rejects.toThrow(DRIVE_EXPORT_NOT_ALLOWED);
    await expect(
      service({ schoolPolicy: async () => ({ allowedExportTargets: [] }) }).start({
        kind: 'everything',
      }),
    ).rejects.toThrow(DRIVE_EXPORT_NOT_ALLOWED);
    expect(await db.driveJobs.count()).toBe(0);

    const allowed = service({ schoolPolicy: async () => ({ allowedExportTargets: ['drive'] }) });
    await allowed.start({ kind: 'everything' });
    await allowed.resumeUnfinished();
    expect(uploaded()).toBe(5);
  });
});

describe('the resume alarm', () => {
  const alarm = () => fakeBrowser.alarms.get(DRIVE_RESUME_ALARM);
  const fired = (name: string) => ({ name, scheduledTime: 0, persistAcrossSessions: false });

  it('is set while a job is unfinished and cleared when none is left', async () => {
    const seenDuringUpload: unknown[] = [];
    const drive = service({
      fetch: async (input, init) => {
        if (init?.method === 'PUT' && seenDuringUpload.length === 0) {
          seenDuringUpload.push(await alarm());
        }
        return globalThis.fetch(input, init);
      },
    });
    const { jobId } = await drive.start({ kind: 'everything' });
    await drive.resumeUnfinished();
    expect(seenDuringUpload).toEqual([
      expect.objectContaining({ name: DRIVE_RESUME_ALARM, periodInMinutes: 1 }),
    ]);
    expect((await db.driveJobs.get(jobId))!.status).toBe('done');
    expect(await alarm()).toBeUndefined();
  });

  it('stays set for a job that could not run, and resumes it when it fires', async () => {
    let settingsReadable = false;
    const drive = service({
      readSettings: async () => {
        if (!settingsReadable) throw new Error('storage is not ready');
        return { ...DEFAULT_DRIVE_SETTINGS, apiBaseUrl: emulator.url };
      },
    });
    const { jobId } = await drive.start({ kind: 'everything' });
    await drive.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('queued');
    expect(await alarm()).toMatchObject({ name: DRIVE_RESUME_ALARM });

    settingsReadable = true;
    // As after a worker restart: a fresh service whose listener the alarm wakes.
    const restarted = service();
    const resumed = vi.spyOn(restarted, 'resumeUnfinished');
    listenForDriveResumeAlarm(fakeBrowser.alarms, () => restarted.resumeUnfinished());
    await fakeBrowser.alarms.onAlarm.trigger(fired('something-else'));
    expect(resumed).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger(fired(DRIVE_RESUME_ALARM));
    expect(resumed).toHaveBeenCalledTimes(1);
    await restarted.resumeUnfinished();
    expect((await db.driveJobs.get(jobId))!.status).toBe('done');
    expect(await alarm()).toBeUndefined();
  });

  it('has its listener registered synchronously by setUpDriveExport, and a stale one is cleared', async () => {
    await fakeBrowser.alarms.create(DRIVE_RESUME_ALARM, { periodInMinutes: 1 });
    const drive = setUpDriveExport(fakeBrowser as unknown as ExtensionApi, { db: () => db });
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    // The start-up resume runs after this task; joining it shows no job is left, so no alarm.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await drive.resumeUnfinished();
    expect(await alarm()).toBeUndefined();
  });
});
