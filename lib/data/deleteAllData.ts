/**
 * "Delete all my data": every goal, clip, reflection, recording and export job goes, and the
 * extension is left as on a fresh install (the default skills framework and prompt sets are put
 * back). The page offers an export and asks for confirmation first; this function only refuses
 * while media work is under way, because cutting a recording or its processing short mid-write
 * would leave the recorder and the service worker chasing records that no longer exist.
 */
import type { PlpDatabase } from '../db/schema';
import { UNFINISHED_DRIVE_JOB_STATUSES } from '../db/records';
import { hasFreshHeartbeat, LIVE_RECORDING_STATUSES } from '../record/isRecordingLive';
import { DEFAULT_SKILLS } from '../skills/defaultSkills';
import { DEFAULT_PROMPT_SETS } from '../prompts/defaultPromptSets';

/** The part of a storage area this needs (browser.storage.local / .session). */
export interface ClearableArea {
  clear(): Promise<void>;
}

export interface DeleteAllDataDeps {
  now: () => number;
  /** Settings, export dates, the tour flag. School policy lives in storage.managed, untouched. */
  localStorage: ClearableArea;
  /** Sign-in tokens (kept only until the browser closes anyway). */
  sessionStorage: ClearableArea;
  /** Signs out of Google Drive (best effort: a failure here never keeps data around). */
  signOut?: () => Promise<void>;
}

/** Why deleting everything has to wait; the page words it for the student. */
export type DeleteRefusal = 'recording' | 'processing' | 'drive-upload';
export type DeleteAllResult = { deleted: true } | { deleted: false; reason: DeleteRefusal };

async function refusal(db: PlpDatabase, now: number): Promise<DeleteRefusal | null> {
  const recordings = await db.recordings.where('status').anyOf(LIVE_RECORDING_STATUSES).toArray();
  if (recordings.some((recording) => hasFreshHeartbeat(recording, now))) return 'recording';
  if ((await db.reflections.where('status').equals('processing').count()) > 0) return 'processing';
  const uploads = await db.driveJobs.where('status').anyOf(UNFINISHED_DRIVE_JOB_STATUSES).count();
  return uploads > 0 ? 'drive-upload' : null;
}

/**
 * Clears every table in one transaction (all or nothing), re-seeds the defaults, then clears
 * extension storage. The check for running media work happens inside the same transaction, so a
 * recording cannot start between the check and the delete.
 */
export async function deleteAllData(
  db: PlpDatabase,
  deps: DeleteAllDataDeps,
): Promise<DeleteAllResult> {
  const reason = await db.transaction('rw', db.tables, async () => {
    const blocked = await refusal(db, deps.now());
    if (blocked) return blocked;
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.skills.bulkAdd(DEFAULT_SKILLS.map((skill) => ({ ...skill })));
    await db.promptSets.bulkAdd(DEFAULT_PROMPT_SETS.map((set) => ({ ...set })));
    return null;
  });
  if (reason) return { deleted: false, reason };
  // Sign out before storage is cleared: signing out reads the Drive settings kept there.
  await deps.signOut?.().catch(() => undefined);
  await deps.localStorage.clear();
  await deps.sessionStorage.clear();
  return { deleted: true };
}
