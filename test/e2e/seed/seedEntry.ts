/**
 * Runs inside an extension page (bundled by esbuild, evaluated over CDP by
 * test/e2e/seedThroughDataLayer.ts). It writes through the app's own data
 * layer (the same getDb, createGoal, setGoalStatus and addEvidence the
 * dashboard uses), so seeded records are exactly what the app would write.
 */
import { getDb } from '../../../lib/db/db';
import type { EvidenceKind, GoalCategory, GoalStatus } from '../../../lib/db/records';
import { createGoal, setGoalStatus } from '../../../lib/goals/goalsRepo';
import { addEvidence, type NewEvidence } from '../../../lib/evidence/evidenceRepo';
import { saveClip } from '../../../lib/clip/saveClip';
import { moveToTrash } from '../../../lib/library/trash';
import { createWrittenReflection } from '../../../lib/reflections/createWrittenReflection';

export interface SeedGoal {
  title: string;
  category?: GoalCategory;
  skillIds?: string[];
  /** Goals are created active, as in the app; other statuses are set afterwards. */
  status?: GoalStatus;
}

export interface SeedEvidence {
  title: string;
  /** Titles of goals in the same seed call. */
  goals?: string[];
  skillIds?: string[];
  kind?: EvidenceKind;
  note?: string;
  url?: string;
  capturedAt?: number;
  /** HTML kept as the clip's saved copy (stored by saveClip, as the clipper does). */
  savedCopyHtml?: string;
  /** Selection or article text (searchable). */
  text?: string;
  siteName?: string;
  /** Put in the trash this long ago (ms), through the app's own moveToTrash. */
  trashedAgoMs?: number;
}

export interface SeedReflection {
  title: string;
  note?: string;
  goals?: string[];
  skillIds?: string[];
  /** When it was written; defaults to now. */
  createdAt?: number;
}

export interface SeedInput {
  goals?: SeedGoal[];
  evidence?: SeedEvidence[];
  /** Written reflections, saved with createWrittenReflection. */
  reflections?: SeedReflection[];
}

export interface SeedResult {
  /** Goal id by title. */
  goalIds: Record<string, string>;
  /** Evidence ids in input order. */
  evidenceIds: string[];
  /** Reflection ids in input order. */
  reflectionIds: string[];
}

async function seed(input: SeedInput): Promise<SeedResult> {
  const db = getDb();
  const goalIds: Record<string, string> = {};
  for (const goal of input.goals ?? []) {
    const created = await createGoal(db, {
      title: goal.title,
      category: goal.category ?? 'personal',
      description: '',
      whyItMatters: '',
      successCriteria: '',
      steps: [],
      skillIds: goal.skillIds ?? [],
      targetDate: null,
    });
    goalIds[goal.title] = created.id;
    if (goal.status && goal.status !== 'active') await setGoalStatus(db, created.id, goal.status);
  }

  const start = Date.now();
  const evidenceIds: string[] = [];
  const plain: NewEvidence[] = [];
  for (const [index, item] of (input.evidence ?? []).entries()) {
    const fields = {
      kind: item.kind ?? 'link',
      title: item.title,
      note: item.note ?? '',
      url: item.url ?? `https://example.org/evidence/${index + 1}`,
      // One minute apart by default, so "newest first" is well defined.
      capturedAt: item.capturedAt ?? start - index * 60_000,
      goalIds: (item.goals ?? []).map((title) => {
        const goalId = goalIds[title];
        if (!goalId) throw new Error(`Seed evidence "${item.title}" names unknown goal "${title}"`);
        return goalId;
      }),
      skillIds: item.skillIds ?? [],
      pageTitle: item.title,
      text: item.text ?? '',
      siteName: item.siteName ?? null,
    };
    if (item.savedCopyHtml !== undefined) {
      const html = item.savedCopyHtml;
      const saved = await saveClip(
        db,
        {
          ...fields,
          contentHash: crypto.randomUUID(),
          main: { blob: new Blob([html], { type: 'text/html' }), mimeType: 'text/html' },
          thumbnail: null,
        },
        { now: Date.now, newId: () => crypto.randomUUID() },
      );
      evidenceIds.push(saved.id);
    } else {
      const id = crypto.randomUUID();
      plain.push({ ...fields, id, contentHash: id, mediaId: null });
      evidenceIds.push(id);
    }
  }
  // One bulk write for the rest: seeding thousands of items stays fast.
  await addEvidence(db, plain);
  for (const [index, item] of (input.evidence ?? []).entries()) {
    const id = evidenceIds[index];
    if (item.trashedAgoMs === undefined || !id) continue;
    const at = Date.now() - item.trashedAgoMs;
    await moveToTrash(db, [{ table: 'evidence', id }], () => at);
  }
  const reflectionIds: string[] = [];
  for (const item of input.reflections ?? []) {
    const at = item.createdAt ?? Date.now();
    const saved = await createWrittenReflection(
      db,
      {
        title: item.title,
        note: item.note ?? '',
        goalIds: (item.goals ?? []).map((title) => goalIds[title] ?? title),
        skillIds: item.skillIds ?? [],
      },
      { now: () => at },
    );
    reflectionIds.push(saved.id);
  }
  return { goalIds, evidenceIds, reflectionIds };
}

// Assigned explicitly: an IIFE's top-level names don't become globals when evaluated.
(globalThis as { __plpSeed?: unknown }).__plpSeed = { seed };
