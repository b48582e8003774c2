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
}

export interface SeedInput {
  goals?: SeedGoal[];
  evidence?: SeedEvidence[];
}

export interface SeedResult {
  /** Goal id by title. */
  goalIds: Record<string, string>;
  /** Evidence ids in input order. */
  evidenceIds: string[];
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
  return { goalIds, evidenceIds };
}

// Assigned explicitly: an IIFE's top-level names don't become globals when evaluated.
(globalThis as { __plpSeed?: unknown }).__plpSeed = { seed };
