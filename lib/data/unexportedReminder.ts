/**
 * Reminds the student to export before anything is lost. Two things can take their work away:
 * the school's retention period (the dashboard asks them to tidy up older items), and removing
 * the extension. Browsers fire no event before an uninstall, and runtime.setUninstallURL would
 * open a web page (a network call this extension never makes), so the only way to warn about an
 * uninstall is to remind early, while work piles up un-exported.
 */
import type { PlpDatabase } from '../db/schema';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Warn this long before the retention period reaches an un-exported item. */
export const RETENTION_WARNING_DAYS = 14;
/** With more than this many un-exported items… */
export const MANY_UNEXPORTED_ITEMS = 20;
/** …and no export for this long, remind. */
export const EXPORT_STALE_DAYS = 30;
/** "Remind me later" hides the reminder for this long. */
export const SNOOZE_DAYS = 7;

/** Live clips and reflections made after the last export. */
export interface UnexportedSummary {
  count: number;
  /** When the oldest of them was made; null when there are none. */
  oldestAt: number | null;
  /** How many of them are older than `retentionWarnAfter` (0 without one). */
  nearingRetention: number;
}

export type UnexportedReminder =
  | { reason: 'retention'; count: number; nearingRetention: number; retentionDays: number }
  | { reason: 'many'; count: number; neverExported: boolean };

export interface ReminderInput {
  summary: UnexportedSummary;
  lastExportAt: number | null;
  retentionDays: number | undefined;
  snoozedUntil: number | null;
  now: number;
}

/** Items made before this moment are within RETENTION_WARNING_DAYS of the school's period. */
export function retentionWarnAfter(retentionDays: number | undefined, now: number): number | null {
  if (retentionDays === undefined) return null;
  return now - Math.max(0, retentionDays - RETENTION_WARNING_DAYS) * DAY_MS;
}

/** Whether to remind, and why. Retention comes first: it is the deadline. */
export function decideUnexportedReminder(input: ReminderInput): UnexportedReminder | null {
  const { summary, lastExportAt, retentionDays, snoozedUntil, now } = input;
  if (summary.count === 0) return null;
  if (snoozedUntil !== null && now < snoozedUntil) return null;
  if (retentionDays !== undefined && summary.nearingRetention > 0) {
    return {
      reason: 'retention',
      count: summary.count,
      nearingRetention: summary.nearingRetention,
      retentionDays,
    };
  }
  // Never exported: count from the oldest un-exported item, so a new student is not nagged.
  const since = lastExportAt ?? summary.oldestAt ?? now;
  if (summary.count > MANY_UNEXPORTED_ITEMS && now - since >= EXPORT_STALE_DAYS * DAY_MS) {
    return { reason: 'many', count: summary.count, neverExported: lastExportAt === null };
  }
  return null;
}

/** When "Remind me later" should end. */
export function snoozeUntil(now: number): number {
  return now + SNOOZE_DAYS * DAY_MS;
}

/**
 * Dates of live items in `table` made after `since`, read from the indexes alone (key cursors),
 * so counting never loads a clip's text or a reflection's note.
 */
async function liveDatesAfter(
  table: PlpDatabase['evidence'] | PlpDatabase['reflections'],
  dateIndex: 'capturedAt' | 'createdAt',
  since: number,
): Promise<number[]> {
  const after = () => table.where(dateIndex).above(since);
  const [dates, ids, trashed] = await Promise.all([
    after().keys(),
    after().primaryKeys(),
    // deletedAt is null for live items and IndexedDB leaves null out of an index: this is the trash.
    table.orderBy('deletedAt').primaryKeys(),
  ]);
  const inTrash = new Set<string>(trashed);
  return dates.filter((_, index) => !inTrash.has(ids[index] as string)) as number[];
}

/** Counts live clips and reflections made after `lastExportAt` (all of them when null). */
export async function readUnexportedSummary(
  db: PlpDatabase,
  lastExportAt: number | null,
  warnAfter: number | null,
): Promise<UnexportedSummary> {
  const since = lastExportAt ?? -Infinity;
  return db.transaction('r', db.evidence, db.reflections, async () => {
    const [clipDates, reflectionDates] = await Promise.all([
      liveDatesAfter(db.evidence, 'capturedAt', since),
      liveDatesAfter(db.reflections, 'createdAt', since),
    ]);
    const dates = [...clipDates, ...reflectionDates];
    return {
      count: dates.length,
      oldestAt: dates.length > 0 ? Math.min(...dates) : null,
      nearingRetention: warnAfter === null ? 0 : dates.filter((date) => date < warnAfter).length,
    };
  });
}
