import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import { createGoal } from '@/lib/goals/goalsRepo';
import { deleteAllData, type DeleteAllDataDeps } from '@/lib/data/deleteAllData';
import { DEFAULT_SKILLS } from '@/lib/skills/defaultSkills';
import { DEFAULT_PROMPT_SETS } from '@/lib/prompts/defaultPromptSets';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';
import { clip, mediaRow, recordingRow, reflectionRow } from '../library/libraryFixtures';

const NOW = 1_800_000_000_000;

function deps(overrides: Partial<DeleteAllDataDeps> = {}): DeleteAllDataDeps {
  return {
    now: () => NOW,
    localStorage: fakeBrowser.storage.local,
    sessionStorage: fakeBrowser.storage.session,
    ...overrides,
  };
}

async function seeded(): Promise<PlpDatabase> {
  const db = freshDb();
  await db.open();
  await createGoal(
    db,
    {
      title: 'Learn chess',
      category: 'personal',
      description: '',
      whyItMatters: '',
      successCriteria: '',
      steps: [],
      skillIds: [],
      targetDate: null,
    },
    testDeps(),
  );
  await addEvidence(db, [clip('c1', { mediaId: 'm1' })]);
  await db.media.add(mediaRow('m1', 'c1'));
  await db.reflections.add(reflectionRow('r1', { kind: 'recorded', recordingId: 'rec1' }));
  await db.recordings.add(recordingRow('rec1', 'r1'));
  await db.recordingChunks.add({ recordingId: 'rec1', seq: 0, blob: new Blob(['x']) } as never);
  await db.skills.update(DEFAULT_SKILLS[0]!.id, { name: 'Renamed by the student' });
  await db.promptSets.clear();
  await fakeBrowser.storage.local.set({ 'ui.introDismissed': true, 'export.lastExportAt': 5 });
  await fakeBrowser.storage.session.set({ driveToken: 'secret' });
  return db;
}

describe('deleteAllData', () => {
  it('empties every table, puts the defaults back, and clears extension storage', async () => {
    const db = await seeded();
    let signedOut = false;
    const result = await deleteAllData(
      db,
      deps({
        signOut: async () => {
          signedOut = true;
        },
      }),
    );
    expect(result).toEqual({ deleted: true });
    for (const table of db.tables) {
      if (table.name === 'skills' || table.name === 'promptSets') continue;
      expect(await table.count(), table.name).toBe(0);
    }
    expect(await db.skills.orderBy('order').toArray()).toEqual(
      DEFAULT_SKILLS.map((skill) => ({ ...skill })),
    );
    expect(await db.promptSets.count()).toBe(DEFAULT_PROMPT_SETS.length);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(signedOut).toBe(true);
  });

  it('still deletes when signing out of Drive fails', async () => {
    const db = await seeded();
    const result = await deleteAllData(
      db,
      deps({ signOut: () => Promise.reject(new Error('offline')) }),
    );
    expect(result).toEqual({ deleted: true });
    expect(await db.goals.count()).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses while a recording is live, and deletes nothing', async () => {
    const db = await seeded();
    await db.recordings.update('rec1', { status: 'recording', heartbeatAt: NOW - 1_000 });
    expect(await deleteAllData(db, deps())).toEqual({ deleted: false, reason: 'recording' });
    expect(await db.goals.count()).toBe(1);
    expect(await db.evidence.count()).toBe(1);
    expect(await fakeBrowser.storage.local.get('ui.introDismissed')).toEqual({
      'ui.introDismissed': true,
    });
  });

  it('deletes when a recording was left behind by a closed tab (stale heartbeat)', async () => {
    const db = await seeded();
    await db.recordings.update('rec1', { status: 'recording', heartbeatAt: NOW - 60_000 });
    expect(await deleteAllData(db, deps())).toEqual({ deleted: true });
  });

  it('refuses while a reflection is processing', async () => {
    const db = await seeded();
    await db.reflections.update('r1', { status: 'processing' });
    expect(await deleteAllData(db, deps())).toEqual({ deleted: false, reason: 'processing' });
    expect(await db.reflections.count()).toBe(1);
  });

  it('refuses while a Drive upload is running', async () => {
    const db = await seeded();
    await db.driveJobs.add({
      id: 'job1',
      status: 'running',
      scope: { kind: 'all' },
      planned: true,
      files: [],
      totalBytes: 0,
      createdAt: NOW,
      updatedAt: NOW,
      heartbeatAt: NOW,
      error: null,
      result: null,
    } as never);
    expect(await deleteAllData(db, deps())).toEqual({ deleted: false, reason: 'drive-upload' });
    expect(await db.driveJobs.count()).toBe(1);
  });

  it('leaves everything in place when the database write fails', async () => {
    const db = await seeded();
    const failing = deps({
      localStorage: {
        clear: () => Promise.reject(new Error('must not be reached')),
      },
    });
    db.goals.hook('deleting', () => {
      throw new Error('disk failure');
    });
    await expect(deleteAllData(db, failing)).rejects.toThrow();
    expect(await db.goals.count()).toBe(1);
    expect(await db.evidence.count()).toBe(1);
  });
});
