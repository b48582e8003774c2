import * as v from 'valibot';
import type { PlpDatabase } from '../db/schema';
import { idSchema, type ReflectionRecord } from '../db/records';

export const REFLECTION_TITLE_MAX = 500;
export const REFLECTION_NOTE_MAX = 20000;

/** What the reflection page lets the student change. */
export interface ReflectionDetails {
  title: string;
  note: string;
  goalIds: string[];
  skillIds: string[];
}

export type ReflectionIssue =
  { field: 'title'; code: 'empty' | 'too-long' } | { field: 'note'; code: 'too-long' };

const detailsSchema = v.object({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(REFLECTION_TITLE_MAX)),
  note: v.pipe(v.string(), v.maxLength(REFLECTION_NOTE_MAX)),
  goalIds: v.array(idSchema),
  skillIds: v.array(idSchema),
});

export class ReflectionValidationError extends Error {
  constructor(readonly issues: ReflectionIssue[]) {
    super(`Reflection is not valid: ${issues.map((i) => `${i.field}:${i.code}`).join(', ')}`);
    this.name = 'ReflectionValidationError';
  }
}

/** Every reflection not in the trash, newest first. A student records tens a year, not thousands. */
export function listReflections(db: PlpDatabase): Promise<ReflectionRecord[]> {
  return db.reflections
    .orderBy('createdAt')
    .reverse()
    .filter((reflection) => reflection.deletedAt === null)
    .toArray();
}

function cleanDetails(details: ReflectionDetails): ReflectionDetails {
  return {
    title: details.title.trim().replace(/\s+/g, ' '),
    note: details.note.trim(),
    goalIds: [...new Set(details.goalIds)],
    skillIds: [...new Set(details.skillIds)],
  };
}

/** The form's inline problems for cleaned details; [] when they can be saved. */
export function validateReflectionDetails(details: ReflectionDetails): ReflectionIssue[] {
  const clean = cleanDetails(details);
  const issues: ReflectionIssue[] = [];
  if (clean.title.length === 0) issues.push({ field: 'title', code: 'empty' });
  else if (clean.title.length > REFLECTION_TITLE_MAX)
    issues.push({ field: 'title', code: 'too-long' });
  if (clean.note.length > REFLECTION_NOTE_MAX) issues.push({ field: 'note', code: 'too-long' });
  return issues;
}

/** Saves the title, note and tags. Status, media and prompts belong to the recorder. */
export async function updateReflection(
  db: PlpDatabase,
  id: string,
  details: ReflectionDetails,
  now: () => number = Date.now,
): Promise<ReflectionRecord> {
  const issues = validateReflectionDetails(details);
  if (issues.length > 0) throw new ReflectionValidationError(issues);
  const clean = v.parse(detailsSchema, cleanDetails(details));
  return db.transaction('rw', db.reflections, async () => {
    const current = await db.reflections.get(id);
    if (!current) throw new Error(`Reflection ${id} no longer exists`);
    const updated: ReflectionRecord = { ...current, ...clean, updatedAt: now() };
    await db.reflections.put(updated);
    return updated;
  });
}

/**
 * Deletes a reflection with everything it owns: its video and poster, the
 * recording's chunks and its bookkeeping row. One transaction, so a crash
 * never leaves orphaned video taking the student's disk space.
 */
export async function deleteReflection(db: PlpDatabase, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.reflections, db.media, db.recordingChunks, db.recordings],
    async () => {
      const reflection = await db.reflections.get(id);
      if (!reflection) return;
      const recordingIds = new Set<string>();
      if (reflection.recordingId) recordingIds.add(reflection.recordingId);
      // A recording row that lost its link still points back at the reflection.
      for (const key of await db.recordings.filter((r) => r.reflectionId === id).primaryKeys())
        recordingIds.add(key);
      const owners = [id, ...recordingIds];
      await db.media.where('ownerId').anyOf(owners).delete();
      const mediaIds = [reflection.mediaId, reflection.posterMediaId].filter(
        (mediaId): mediaId is string => mediaId !== null,
      );
      await db.media.bulkDelete(mediaIds);
      for (const recordingId of recordingIds) {
        await db.recordingChunks.where('recordingId').equals(recordingId).delete();
        await db.recordings.delete(recordingId);
      }
      await db.reflections.delete(id);
    },
  );
}
