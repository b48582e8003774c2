/**
 * Runs inside the extension's dashboard page (bundled by esbuild, evaluated
 * over CDP). Fills the extension's own database with a student's years of
 * evidence through the app's data layer (createGoal, addEvidence,
 * createWrittenReflection, the Dexie hooks that derive search words), and
 * measures the library's query function against a table scan on that data.
 */
import { getDb } from '../../lib/db/db';
import type { MediaRecord } from '../../lib/db/records';
import { createGoal } from '../../lib/goals/goalsRepo';
import { addEvidence, type NewEvidence } from '../../lib/evidence/evidenceRepo';
import { createWrittenReflection } from '../../lib/reflections/createWrittenReflection';
import { filterLibrary, queryLibrary } from '../../lib/library/queryLibrary';
import { loadLibraryBase, type LibraryBase } from '../../lib/library/libraryBase';
import { EMPTY_LIBRARY_QUERY, type LibraryQuery } from '../../lib/library/libraryQuery';
import { DEFAULT_SKILLS } from '../../lib/skills/defaultSkills';
import { createRandom, generateEvidence } from '../data/generateEvidence';

export interface LibrarySeedParams {
  evidence: number;
  reflections: number;
  goals: number;
  /** Every n-th clip is an article with this many words of text. */
  articleEvery: number;
  articleWords: number;
  seed: number;
}

export interface LibrarySeedResult {
  goalIds: string[];
  evidence: number;
  reflections: number;
  thumbnails: number;
  seedMs: number;
}

const SCREENSHOT_KINDS = new Set(['visible', 'fullpage', 'region', 'image']);
const FILLER =
  'the students worked through each part of the task and wrote down what they noticed about the evidence they gathered while comparing sources'.split(
    ' ',
  );

/** A real 160x100 JPEG, like the clipper's thumbnails, drawn once and stored per clip. */
async function thumbnailBlob(): Promise<Blob> {
  const canvas = new OffscreenCanvas(160, 100);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#dfe8f5';
  context.fillRect(0, 0, 160, 100);
  context.fillStyle = '#1b4f8a';
  for (let y = 10; y < 100; y += 14) context.fillRect(10, y, 40 + ((y * 7) % 100), 6);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
}

function articleText(random: () => number, words: number, topic: string): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(random() < 0.1 ? `${topic}${Math.floor(random() * 500)}` : FILLER[i % FILLER.length]!);
  }
  return out.join(' ');
}

async function seed(params: LibrarySeedParams): Promise<LibrarySeedResult> {
  const started = performance.now();
  const db = getDb();
  const goalIds: string[] = [];
  for (let i = 0; i < params.goals; i++) {
    const goal = await createGoal(db, {
      title: `Goal ${i + 1}: grow in subject ${i + 1}`,
      category: (['academic', 'personal', 'career', 'civic'] as const)[i % 4]!,
      description: '',
      whyItMatters: '',
      successCriteria: '',
      steps: [],
      skillIds: [],
      targetDate: null,
    });
    goalIds.push(goal.id);
  }
  const skillIds = DEFAULT_SKILLS.map((s) => s.id);
  const random = createRandom(params.seed + 1);
  const items: NewEvidence[] = generateEvidence({
    count: params.evidence,
    goalIds,
    skillIds,
    seed: params.seed,
  }).map((item, index) =>
    index % params.articleEvery === 0
      ? { ...item, kind: 'article', text: articleText(random, params.articleWords, 'topic') }
      : item,
  );
  const thumb = await thumbnailBlob();
  let thumbnails = 0;
  for (let i = 0; i < items.length; i += 500) {
    const batch = items.slice(i, i + 500).map((item) => {
      if (!SCREENSHOT_KINDS.has(item.kind)) return { item, media: null };
      const media: MediaRecord = {
        id: `thumb-${item.id}`,
        ownerId: item.id,
        mimeType: 'image/jpeg',
        size: thumb.size,
        blob: thumb,
        createdAt: item.capturedAt,
      };
      return { item: { ...item, thumbnailMediaId: media.id, mediaId: null }, media };
    });
    await db.transaction('rw', db.evidence, db.media, async () => {
      const media = batch.flatMap((b) => (b.media ? [b.media] : []));
      thumbnails += media.length;
      await db.media.bulkAdd(media);
      await addEvidence(
        db,
        batch.map((b) => b.item),
      );
    });
  }
  for (let i = 0; i < params.reflections; i++) {
    await createWrittenReflection(
      db,
      {
        title: `Reflection ${i + 1} on my progress`,
        note: `What I learned this week about ${FILLER[i % FILLER.length]} and my next step.`,
        goalIds: [goalIds[i % goalIds.length]!],
        skillIds: [skillIds[i % skillIds.length]!],
      },
      { now: () => Date.UTC(2025, 0, 1) + i * 3_600_000 },
    );
  }
  return {
    goalIds,
    evidence: items.length,
    reflections: params.reflections,
    thumbnails,
    seedMs: performance.now() - started,
  };
}

/** The library's own query, timed, and the count it found. */
async function timeQuery(query: Partial<LibraryQuery>): Promise<{ ms: number; count: number }> {
  const start = performance.now();
  const entries = await queryLibrary(getDb(), { ...EMPTY_LIBRARY_QUERY, ...query });
  return { ms: performance.now() - start, count: entries.length };
}

let base: LibraryBase | undefined;

/** What the library page does per keystroke: filter a base it already holds. */
async function timeFilter(query: Partial<LibraryQuery>): Promise<{ ms: number; count: number }> {
  base ??= await loadLibraryBase(getDb(), { withTitles: false });
  const start = performance.now();
  const entries = await filterLibrary(getDb(), base, { ...EMPTY_LIBRARY_QUERY, ...query });
  return { ms: performance.now() - start, count: entries.length };
}

/**
 * Reference: what the library would do without its indexes, reading every
 * clip and reflection and filtering in JS on the stored words and tags.
 */
async function timeScan(query: Partial<LibraryQuery>): Promise<{ ms: number; count: number }> {
  const db = getDb();
  const start = performance.now();
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const keep = (item: { goalIds: string[]; searchWords: string[]; deletedAt: number | null }) =>
    item.deletedAt === null &&
    (!query.goalIds?.length || query.goalIds.some((g) => item.goalIds.includes(g))) &&
    words.every((w) => item.searchWords.some((s) => s.startsWith(w)));
  const [evidence, reflections] = await Promise.all([
    db.evidence.toArray(),
    db.reflections.toArray(),
  ]);
  const kinds = query.kinds ?? [];
  const count =
    evidence.filter((e) => keep(e) && (!kinds.length || kinds.includes(e.kind))).length +
    (kinds.length && !kinds.includes('reflection') ? 0 : reflections.filter(keep).length);
  return { ms: performance.now() - start, count };
}

(globalThis as { __plpLibraryBench?: unknown }).__plpLibraryBench = {
  seed,
  timeQuery,
  timeFilter,
  timeScan,
};
