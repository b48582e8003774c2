/**
 * The school's retention period (dataRetentionDays). PLP evidence is the student's own work and
 * may be the only copy, so nothing is ever deleted because of it: the dashboard reminds the
 * student that older items exist, asks them to export first, and leaves removing them (through
 * the trash, which can be undone for 30 days) to the student.
 */
import type { PlpDatabase } from '../db/schema';
import type { ManagedPolicy } from './managedPolicy';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionReminder {
  days: number;
  /** Live (not trashed) clips and reflections made before the cutoff. */
  olderItems: number;
}

/** Items made before this moment are past the school's retention period; null without a policy. */
export function retentionCutoff(
  policy: Pick<ManagedPolicy, 'dataRetentionDays'>,
  now: number,
): number | null {
  return policy.dataRetentionDays === undefined ? null : now - policy.dataRetentionDays * DAY_MS;
}

export async function countItemsBefore(db: PlpDatabase, cutoff: number): Promise<number> {
  // Trashed items are already on their way out; they are not counted again.
  const live = (item: { deletedAt: number | null }) => item.deletedAt === null;
  return db.transaction('r', db.evidence, db.reflections, async () => {
    const [clips, reflections] = await Promise.all([
      db.evidence.where('capturedAt').below(cutoff).filter(live).count(),
      db.reflections.where('createdAt').below(cutoff).filter(live).count(),
    ]);
    return clips + reflections;
  });
}

/** The reminder to show, or null when there is no policy or nothing is older than it. */
export async function readRetentionReminder(
  db: PlpDatabase,
  policy: Pick<ManagedPolicy, 'dataRetentionDays'>,
  now: number,
): Promise<RetentionReminder | null> {
  const cutoff = retentionCutoff(policy, now);
  if (cutoff === null || policy.dataRetentionDays === undefined) return null;
  const olderItems = await countItemsBefore(db, cutoff);
  return olderItems > 0 ? { days: policy.dataRetentionDays, olderItems } : null;
}
