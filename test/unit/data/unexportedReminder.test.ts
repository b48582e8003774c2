import { describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import {
  decideUnexportedReminder,
  readUnexportedSummary,
  retentionWarnAfter,
  snoozeUntil,
  type ReminderInput,
  type UnexportedSummary,
} from '@/lib/data/unexportedReminder';
import { freshDb } from '../testDb';
import { clip, DAY_MS, reflectionRow } from '../library/libraryFixtures';

const NOW = 1_800_000_000_000;

const summary = (overrides: Partial<UnexportedSummary> = {}): UnexportedSummary => ({
  count: 3,
  oldestAt: NOW - 5 * DAY_MS,
  nearingRetention: 0,
  ...overrides,
});

const input = (overrides: Partial<ReminderInput> = {}): ReminderInput => ({
  summary: summary(),
  lastExportAt: null,
  retentionDays: undefined,
  snoozedUntil: null,
  now: NOW,
  ...overrides,
});

describe('decideUnexportedReminder', () => {
  it('stays quiet for a new student with a few items and no school policy', () => {
    expect(decideUnexportedReminder(input())).toBeNull();
  });

  it('warns when the retention period will reach un-exported items', () => {
    expect(
      decideUnexportedReminder(
        input({ retentionDays: 90, summary: summary({ nearingRetention: 2 }) }),
      ),
    ).toEqual({ reason: 'retention', count: 3, nearingRetention: 2, retentionDays: 90 });
  });

  it('warns when many items piled up and the last export is over 30 days old', () => {
    const many = summary({ count: 21 });
    expect(
      decideUnexportedReminder(input({ summary: many, lastExportAt: NOW - 31 * DAY_MS })),
    ).toEqual({ reason: 'many', count: 21, neverExported: false });
    expect(
      decideUnexportedReminder(input({ summary: many, lastExportAt: NOW - 10 * DAY_MS })),
    ).toBeNull();
    expect(
      decideUnexportedReminder(
        input({ summary: summary({ count: 20 }), lastExportAt: NOW - 40 * DAY_MS }),
      ),
    ).toBeNull();
  });

  it('counts a never-exported student from their oldest item, not from the start of time', () => {
    expect(
      decideUnexportedReminder(input({ summary: summary({ count: 25, oldestAt: NOW - DAY_MS }) })),
    ).toBeNull();
    expect(
      decideUnexportedReminder(
        input({ summary: summary({ count: 25, oldestAt: NOW - 30 * DAY_MS }) }),
      ),
    ).toEqual({ reason: 'many', count: 25, neverExported: true });
  });

  it('is silent with nothing un-exported, and while snoozed', () => {
    const due = input({ retentionDays: 30, summary: summary({ nearingRetention: 1 }) });
    expect(decideUnexportedReminder({ ...due, summary: summary({ count: 0 }) })).toBeNull();
    expect(
      decideUnexportedReminder({ ...due, snoozedUntil: snoozeUntil(NOW - DAY_MS) }),
    ).toBeNull();
    expect(decideUnexportedReminder({ ...due, snoozedUntil: NOW - 1 })).not.toBeNull();
  });
});

describe('retentionWarnAfter', () => {
  it('is 14 days before the period ends, and never in the future', () => {
    expect(retentionWarnAfter(undefined, NOW)).toBeNull();
    expect(retentionWarnAfter(90, NOW)).toBe(NOW - 76 * DAY_MS);
    expect(retentionWarnAfter(7, NOW)).toBe(NOW);
  });
});

describe('readUnexportedSummary', () => {
  it('counts live clips and reflections made after the last export', async () => {
    const db = freshDb();
    await db.open();
    await addEvidence(db, [
      clip('before-export', { capturedAt: NOW - 20 * DAY_MS }),
      clip('old', { capturedAt: NOW - 8 * DAY_MS }),
      clip('new', { capturedAt: NOW - DAY_MS }),
      clip('trashed', { capturedAt: NOW - 2 * DAY_MS }),
    ]);
    await db.evidence.update('trashed', { deletedAt: NOW });
    await db.reflections.add(reflectionRow('r-new', { createdAt: NOW - 3 * DAY_MS }));
    await db.reflections.add(
      reflectionRow('r-trashed', { createdAt: NOW - 3 * DAY_MS, deletedAt: NOW }),
    );

    expect(await readUnexportedSummary(db, NOW - 10 * DAY_MS, NOW - 5 * DAY_MS)).toEqual({
      count: 3,
      oldestAt: NOW - 8 * DAY_MS,
      nearingRetention: 1,
    });
    expect(await readUnexportedSummary(db, null, null)).toEqual({
      count: 4,
      oldestAt: NOW - 20 * DAY_MS,
      nearingRetention: 0,
    });
    expect(await readUnexportedSummary(db, NOW, null)).toEqual({
      count: 0,
      oldestAt: null,
      nearingRetention: 0,
    });
  });
});
