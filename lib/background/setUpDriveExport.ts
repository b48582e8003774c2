/**
 * The service worker's part in the Google Drive export: it runs export jobs one at a time, keeps
 * itself alive while one runs, and picks unfinished jobs up again whenever it starts, so a worker
 * stopped by the browser (idle timeout, update, crash) or a browser restart loses nothing. The
 * same code runs in Firefox's event page. All state lives in IndexedDB (driveJobs, driveUploads).
 * While a job is unfinished, an alarm (driveResumeAlarm.ts) wakes a stopped worker to resume it.
 */
import type { ExtensionApi } from '../extensionApi';
import type { PlpDatabase } from '../db/schema';
import type { BundleScopeRequest } from '../export/bundle/bundleScope';
import type { ProtocolHandlers } from '../messaging/registerHandlers';
import type { BackgroundProtocol } from '../messaging/background';
import { createDriveClient } from '../export/drive/driveClient';
import type { DriveTokenProvider } from '../export/drive/driveTypes';
import type { DriveSettings } from '../settings/driveSettings';
import { createBrowserDriveAuth, readBrowserDriveSettings } from '../export/drive/browserDriveAuth';
import { schoolManagedArea } from '../settings/schoolManagedArea';
import {
  activeDriveJob,
  createDriveJob,
  markDriveJobCancelled,
  unfinishedDriveJobs,
  updateDriveJob,
} from '../export/drive/driveJobStore';
import { createDexieUploadSessionStore } from '../export/drive/uploadSessionStoreDexie';
import { runDriveExport } from '../export/drive/runDriveExport';
import { isExportTargetAllowed } from '../settings/allowedExportTargets';
import { type ManagedPolicy, readManagedPolicy } from '../settings/managedPolicy';
import {
  createDriveResumeAlarm,
  type DriveResumeAlarm,
  listenForDriveResumeAlarm,
} from './driveResumeAlarm';
import { recordExport } from '../data/lastExport';

/** How often a running job writes heartbeatAt; the page calls a job stale after ~15 s without one. */
export const DRIVE_HEARTBEAT_MS = 5_000;
/**
 * Chrome stops an idle service worker after 30 s, and a long upload PUT does not count as
 * activity. Any extension API call resets that timer, so a cheap one every 20 s keeps the worker
 * alive exactly as long as a job runs (timers die with the worker, which is what we want here:
 * nothing to keep alive then). If Chrome stops it anyway, the page or the next start resumes.
 */
export const DRIVE_KEEPALIVE_MS = 20_000;

/** Shown when the school's policy leaves Google Drive out of the allowed export targets. */
export const DRIVE_EXPORT_NOT_ALLOWED =
  'Your school has turned off export to Google Drive. Your work stays on this device.';

export interface DriveExportService {
  /** Creates and starts a job; if one is already queued or running, returns that one instead. */
  start(scope: BundleScopeRequest): Promise<{ jobId: string }>;
  cancel(jobId: string): Promise<void>;
  /** Runs unfinished jobs, including one paused for sign-in (the student just signed in). */
  resume(): Promise<void>;
  /** Runs jobs left queued or running by a stopped worker (never prompts for sign-in). */
  resumeUnfinished(): Promise<void>;
}

export interface DriveExportServiceDeps {
  db: () => PlpDatabase;
  readSettings: () => Promise<DriveSettings>;
  tokens: () => DriveTokenProvider;
  fetch: typeof fetch;
  keepAlive: () => Promise<unknown>;
  /** Called after a complete export of everything (the un-exported reminder's clock). */
  onExported?: (at: number) => Promise<void>;
  resumeAlarm: DriveResumeAlarm;
  /** The school's managed policy; the page hides Drive when it is not allowed, and so do we. */
  schoolPolicy: () => Promise<Pick<ManagedPolicy, 'allowedExportTargets'>>;
  now?: () => number;
  newId?: () => string;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export function createDriveExportService(deps: DriveExportServiceDeps): DriveExportService {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let current: { jobId: string; controller: AbortController } | null = null;
  let pumping: Promise<void> | null = null;

  async function runJob(jobId: string): Promise<void> {
    const db = deps.db();
    const settings = await deps.readSettings();
    const controller = new AbortController();
    current = { jobId, controller };
    const heartbeat = setInterval(() => {
      void updateDriveJob(db, jobId, (job) => {
        if (job.status !== 'running') return false;
        job.heartbeatAt = now();
      }).catch(() => undefined);
    }, DRIVE_HEARTBEAT_MS);
    const keepAlive = setInterval(
      () => void deps.keepAlive().catch(() => undefined),
      DRIVE_KEEPALIVE_MS,
    );
    try {
      const status = await runDriveExport({
        db,
        client: createDriveClient({
          fetch: deps.fetch,
          baseUrl: settings.apiBaseUrl,
          tokens: deps.tokens(),
          sleep,
          random: Math.random,
        }),
        sessionStore: createDexieUploadSessionStore(db, now),
        rootFolderId: settings.rootFolderId,
        rootFolderName: settings.rootFolderName,
        jobId,
        signal: controller.signal,
        now,
      });
      // Only a complete export of everything counts as "exported" for the reminder: a goal or a
      // date range leaves the rest of the work where it was.
      const job = await db.driveJobs.get(jobId);
      if (status === 'done' && job?.scope.kind === 'everything') await deps.onExported?.(now());
    } finally {
      clearInterval(heartbeat);
      clearInterval(keepAlive);
      current = null;
    }
  }

  /** Runs unfinished jobs oldest first, one at a time; a second call joins the running loop. */
  function pump(): Promise<void> {
    pumping ??= (async () => {
      try {
        for (;;) {
          const [next] = await unfinishedDriveJobs(deps.db());
          // An alarm failure must not stop an export: the page and worker starts still resume.
          if (!next) {
            await deps.resumeAlarm.clear().catch(() => undefined);
            return;
          }
          await deps.resumeAlarm.arm().catch(() => undefined);
          await runJob(next.id).catch(() => undefined);
          // A job that is still unfinished after its run (the database or settings could not be
          // read) would spin here; it is left for the next worker start or page nudge instead.
          const after = await deps.db().driveJobs.get(next.id);
          if (after && (after.status === 'queued' || after.status === 'running')) return;
        }
      } finally {
        pumping = null;
      }
    })();
    return pumping;
  }

  return {
    async start(scope) {
      if (!isExportTargetAllowed('drive', await deps.schoolPolicy())) {
        throw new Error(DRIVE_EXPORT_NOT_ALLOWED);
      }
      const db = deps.db();
      const active = await activeDriveJob(db);
      if (active && active.status !== 'paused-auth') {
        void pump();
        return { jobId: active.id };
      }
      // A job paused for sign-in is replaced by the new one: its finished files are found in
      // Drive again (by appProperties), so nothing is uploaded twice.
      if (active) await markDriveJobCancelled(db, active.id, now);
      const job = await createDriveJob(db, scope, { now, newId });
      void pump();
      return { jobId: job.id };
    },
    async cancel(jobId) {
      await markDriveJobCancelled(deps.db(), jobId, now);
      if (current?.jobId === jobId) current.controller.abort();
    },
    async resume() {
      const db = deps.db();
      const paused = await db.driveJobs.where('status').equals('paused-auth').primaryKeys();
      for (const id of paused) {
        await updateDriveJob(db, id, (job) => {
          if (job.status !== 'paused-auth') return false;
          job.status = 'queued';
        });
      }
      void pump();
    },
    resumeUnfinished: pump,
  };
}

export function driveExportHandlers(
  service: DriveExportService | undefined,
): Pick<
  ProtocolHandlers<BackgroundProtocol>,
  'driveExportStart' | 'driveExportCancel' | 'driveExportResume'
> {
  const get = () => {
    if (!service) throw new Error('Google Drive export is not available here.');
    return service;
  };
  return {
    driveExportStart: ({ scope }) => get().start(scope),
    driveExportCancel: ({ jobId }) => get().cancel(jobId),
    driveExportResume: () => get().resume(),
  };
}

type Deps = Pick<ExtensionApi, 'alarms' | 'identity' | 'runtime' | 'storage'>;

/**
 * Called synchronously from the background's main, so the resume alarm's listener is registered
 * before the event that woke the worker is dispatched. Jobs left queued or running by a stopped
 * worker are resumed once the current task ends, after every listener is registered.
 */
export function setUpDriveExport(
  browser: Deps,
  options: { db: () => PlpDatabase },
): DriveExportService {
  const service = createDriveExportService({
    db: options.db,
    readSettings: async () => (await readBrowserDriveSettings()).settings,
    tokens: () => createBrowserDriveAuth(browser),
    fetch: (input, init) => globalThis.fetch(input, init),
    keepAlive: () => browser.runtime.getPlatformInfo(),
    onExported: (at) => recordExport(at),
    resumeAlarm: createDriveResumeAlarm(browser.alarms),
    schoolPolicy: () => readManagedPolicy(schoolManagedArea()),
  });
  listenForDriveResumeAlarm(browser.alarms, () => service.resumeUnfinished());
  setTimeout(() => void service.resumeUnfinished().catch(() => undefined), 0);
  return service;
}
