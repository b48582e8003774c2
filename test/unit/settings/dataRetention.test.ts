/** The retention period reminds; it never deletes. */
import { describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import { readRetentionReminder, retentionCutoff } from '@/lib/settings/dataRetention';
import { freshDb } from '../testDb';
import { clip, DAY_MS, reflectionRow } from '../library/libraryFixtures';

const NOW = 1_800_000_000_000;

describe('retentionCutoff', () => {
  it('is null without a policy and N days back with one', () => {
    expect(retentionCutoff({}, NOW)).toBeNull();
    expect(retentionCutoff({ dataRetentionDays: 30 }, NOW)).toBe(NOW - 30 * DAY_MS);
  });
});

describe('readRetentionReminder', () => {
  it('counts live clips and reflections older than the period, and deletes nothing', async () => {
    const db = freshDb();
    await db.open();
    await addEvidence(db, [
      clip('old', { capturedAt: NOW - 40 * DAY_MS }),
      clip('new', { capturedAt: NOW - 2 * DAY_MS }),
      clip('old-trashed', { capturedAt: NOW - 50 * DAY_MS }),
    ]);
    await db.evidence.update('old-trashed', { deletedAt: NOW - DAY_MS });
    await db.reflections.add(reflectionRow('r-old', { createdAt: NOW - 31 * DAY_MS }));
    await db.reflections.add(reflectionRow('r-new', { createdAt: NOW - DAY_MS }));

    expect(await readRetentionReminder(db, { dataRetentionDays: 30 }, NOW)).toEqual({
      days: 30,
      olderItems: 2,
    });
    expect(await readRetentionReminder(db, { dataRetentionDays: 60 }, NOW)).toBeNull();
    expect(await readRetentionReminder(db, {}, NOW)).toBeNull();
    expect(await db.evidence.count()).toBe(3);
    expect(await db.reflections.count()).toBe(2);
  });
});
