import type { PlpDatabase } from '../db/schema';
import type { ReflectionRecord } from '../db/records';
import {
  ReflectionValidationError,
  validateReflectionDetails,
  type ReflectionDetails,
} from './reflectionsRepo';
import { reflectionDerived } from '../db/derivedFields';

export interface WrittenReflectionInput extends ReflectionDetails {
  /** The prompts the student answered, kept so a teacher sees what was asked. */
  prompts?: string[];
}

/** Saves a written reflection: ready at once, nothing to process. */
export async function createWrittenReflection(
  db: PlpDatabase,
  input: WrittenReflectionInput,
  deps: { now?: () => number; newId?: () => string } = {},
): Promise<ReflectionRecord> {
  const issues = validateReflectionDetails(input);
  if (issues.length > 0) throw new ReflectionValidationError(issues);
  const now = (deps.now ?? Date.now)();
  const title = input.title.trim().replace(/\s+/g, ' ');
  const note = input.note.trim();
  const record: ReflectionRecord = {
    id: (deps.newId ?? (() => crypto.randomUUID()))(),
    kind: 'written',
    title,
    note,
    goalIds: [...new Set(input.goalIds)],
    skillIds: [...new Set(input.skillIds)],
    recordingId: null,
    mediaId: null,
    createdAt: now,
    updatedAt: now,
    status: 'ready',
    durationMs: null,
    posterMediaId: null,
    failure: null,
    processing: null,
    prompts: (input.prompts ?? []).slice(0, 20).map((prompt) => prompt.slice(0, 300)),
    ...reflectionDerived({ title, note }),
    deletedAt: null,
  };
  await db.reflections.add(record);
  return record;
}
