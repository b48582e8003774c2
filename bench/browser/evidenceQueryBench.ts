/**
 * Runs inside the extension's dashboard page (bundled by esbuild, injected over
 * CDP), so it measures the real IndexedDB of the extension origin with the real
 * schema and the real query functions from lib/.
 */
import { Dexie } from 'dexie';
import { PlpDatabase } from '../../lib/db/schema';
import type { EvidenceRecord } from '../../lib/db/records';
import { DEFAULT_SKILLS } from '../../lib/skills/defaultSkills';
import { addEvidence, toEvidenceRecord, type NewEvidence } from '../../lib/evidence/evidenceRepo';
import {
  evidenceByWordPrefix,
  evidenceForGoal,
  evidenceForSkill,
} from '../../lib/evidence/evidenceQueries';
import { searchPrefix } from '../../lib/search/searchWords';
import { generateEvidence } from '../data/generateEvidence';

export interface EvidenceQueryParams {
  count: number;
  goalCount: number;
  batchSize: number;
  insertReps: number;
  warmup: number;
  reps: number;
  seed: number;
  goalId: string;
  skillId: string;
  prefixQuery: string;
}

export interface MeasuredOperation {
  label: string;
  referenceLabel?: string;
  samplesMs: number[];
  items: number;
}

/** Indexed and baseline answers to one query, compared by id before anything is timed. */
export interface AnswerCheck {
  query: string;
  indexedCount: number;
  baselineCount: number;
  sameIds: boolean;
}

export interface EvidenceQueryResult {
  operations: MeasuredOperation[];
  checks: AnswerCheck[];
  prefix: string;
  prefixMatchFraction: number;
  generateMs: number;
  /** usedJSHeapSize in bytes after a GC, when the browser exposes it (Chromium does). */
  heapBytes: Record<string, number | null>;
}

// Separate names so a student's own database ('plp-companion') is never touched.
const BENCH_DB = 'plp-bench';
const PLAIN_DB = 'plp-bench-plain';
/** A fixed clock: createdAt must not make two runs' data differ. */
const FIXED_NOW = Date.UTC(2025, 5, 16);

function heapNow(): number | null {
  (globalThis as { gc?: () => void }).gc?.();
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function timed(operation: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await operation();
  return performance.now() - start;
}

/** The app's path: addEvidence (which derives searchWords) in batches, one transaction. */
async function insertIndexed(
  items: readonly NewEvidence[],
  batchSize: number,
): Promise<{ db: PlpDatabase; ms: number }> {
  await Dexie.delete(BENCH_DB);
  const db = new PlpDatabase(BENCH_DB);
  await db.open(); // outside the timing: opening runs `populate`, which is not the insert
  const chunks = batches(items, batchSize);
  const ms = await timed(() =>
    db.transaction('rw', db.evidence, async () => {
      for (const chunk of chunks) await addEvidence(db, chunk, () => FIXED_NOW);
    }),
  );
  return { db, ms };
}

/**
 * Reference for the insert: identical records and durability, but a store with
 * only its primary key, so the difference is what the schema's indexes cost.
 */
async function insertPlain(items: readonly NewEvidence[], batchSize: number): Promise<number> {
  await Dexie.delete(PLAIN_DB);
  const db = new Dexie(PLAIN_DB, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ evidence: '&id' });
  await db.open();
  const table = db.table<EvidenceRecord, string>('evidence');
  const chunks = batches(items, batchSize);
  const ms = await timed(() =>
    db.transaction('rw', table, async () => {
      for (const chunk of chunks)
        await table.bulkAdd(chunk.map((i) => toEvidenceRecord(i, FIXED_NOW)));
    }),
  );
  db.close();
  await Dexie.delete(PLAIN_DB);
  return ms;
}

const newestFirst = (a: EvidenceRecord, b: EvidenceRecord) => b.capturedAt - a.capturedAt;
const idKey = (items: readonly EvidenceRecord[]) =>
  items
    .map((i) => i.id)
    .sort()
    .join('\n');

interface QueryPair {
  query: string;
  indexed: () => Promise<EvidenceRecord[]>;
  /** No index: read the whole table (one getAll, the fastest plain read) and filter in JS. */
  baseline: () => Promise<EvidenceRecord[]>;
}

function queryPairs(db: PlpDatabase, params: EvidenceQueryParams, prefix: string): QueryPair[] {
  const scan = async (keep: (r: EvidenceRecord) => boolean) =>
    (await db.evidence.toArray()).filter(keep).sort(newestFirst);
  return [
    {
      query: `by goal (${params.goalId})`,
      indexed: () => evidenceForGoal(db, params.goalId),
      baseline: () => scan((r) => r.goalIds.includes(params.goalId)),
    },
    {
      query: `by skill (${params.skillId})`,
      indexed: () => evidenceForSkill(db, params.skillId),
      baseline: () => scan((r) => r.skillIds.includes(params.skillId)),
    },
    {
      query: `by word prefix ("${prefix}")`,
      indexed: () => evidenceByWordPrefix(db, params.prefixQuery),
      // The stored words, not re-tokenised text: the baseline gets the same
      // head start as the index, so the comparison does not flatter the index.
      baseline: () => scan((r) => r.searchWords.some((w) => w.startsWith(prefix))),
    },
  ];
}

async function run(params: EvidenceQueryParams): Promise<EvidenceQueryResult> {
  const heapBytes: Record<string, number | null> = { start: heapNow() };
  const goalIds = Array.from(
    { length: params.goalCount },
    (_, i) => `goal-${String(i + 1).padStart(2, '0')}`,
  );
  const skillIds = DEFAULT_SKILLS.map((s) => s.id);
  const genStart = performance.now();
  const items = generateEvidence({ count: params.count, goalIds, skillIds, seed: params.seed });
  const generateMs = performance.now() - genStart;
  heapBytes.afterGenerate = heapNow();

  const insertSamples = { indexed: [] as number[], plain: [] as number[] };
  let db: PlpDatabase | undefined;
  try {
    // Alternate the two inserts so drift (disk cache, JIT) hits both alike.
    for (let i = 0; i < params.insertReps; i++) {
      insertSamples.plain.push(await insertPlain(items, params.batchSize));
      db?.close();
      const inserted = await insertIndexed(items, params.batchSize);
      insertSamples.indexed.push(inserted.ms);
      db = inserted.db;
    }
    if (!db) throw new Error('insertReps must be at least 1');
    heapBytes.afterInsert = heapNow();

    const prefix = searchPrefix(params.prefixQuery);
    const pairs = queryPairs(db, params, prefix);
    const checks: AnswerCheck[] = [];
    for (const pair of pairs) {
      const [indexed, baseline] = [await pair.indexed(), await pair.baseline()];
      checks.push({
        query: pair.query,
        indexedCount: indexed.length,
        baselineCount: baseline.length,
        sameIds: idKey(indexed) === idKey(baseline),
      });
    }
    for (let i = 0; i < params.warmup; i++) {
      for (const pair of pairs) {
        await pair.indexed();
        await pair.baseline();
      }
    }
    const samples = pairs.map(() => ({ indexed: [] as number[], baseline: [] as number[] }));
    for (let rep = 0; rep < params.reps; rep++) {
      for (const [p, pair] of pairs.entries()) {
        // Swap which side goes first each rep, so neither always runs on a warmer cache.
        const order =
          rep % 2 === 0 ? (['indexed', 'baseline'] as const) : (['baseline', 'indexed'] as const);
        for (const side of order) samples[p]![side].push(await timed(pair[side]));
      }
    }
    heapBytes.afterQueries = heapNow();

    const operations: MeasuredOperation[] = [
      { label: 'insert: primary key only', samplesMs: insertSamples.plain, items: items.length },
      {
        label: 'insert: addEvidence (schema indexes)',
        referenceLabel: 'insert: primary key only',
        samplesMs: insertSamples.indexed,
        items: items.length,
      },
    ];
    pairs.forEach((pair, p) => {
      const count = checks[p]!.indexedCount;
      const baselineLabel = `${pair.query}: table scan + JS filter`;
      operations.push({ label: baselineLabel, samplesMs: samples[p]!.baseline, items: count });
      operations.push({
        label: `${pair.query}: index`,
        referenceLabel: baselineLabel,
        samplesMs: samples[p]!.indexed,
        items: count,
      });
    });
    return {
      operations,
      checks,
      prefix,
      prefixMatchFraction: checks[2]!.indexedCount / items.length,
      generateMs,
      heapBytes,
    };
  } finally {
    db?.close();
    await Dexie.delete(BENCH_DB);
    await Dexie.delete(PLAIN_DB);
  }
}

// Assigned explicitly: the harness calls `window.__plpBench.run(params)` after injecting this bundle.
(globalThis as { __plpBench?: unknown }).__plpBench = { run };
