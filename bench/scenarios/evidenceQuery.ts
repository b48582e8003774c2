import { join } from 'node:path';
import { bundleForPage } from '../bundleForPage';
import { BenchMismatchError, type Scenario } from '../scenarioTypes';
import type { EvidenceQueryParams, EvidenceQueryResult } from '../browser/evidenceQueryBench';

const PARAMS: EvidenceQueryParams = {
  count: 10_000,
  goalCount: 20,
  batchSize: 500,
  // An insert of 10k items takes about a second; three give a median without doubling the run.
  insertReps: 3,
  warmup: 3,
  reps: 25,
  seed: 20250615,
  goalId: 'goal-07',
  skillId: 'vt-problem-solving',
  // One subject of thirty in the generated data: "robot", "robots", "robotics".
  prefixQuery: 'Robot',
};

/** Outside this band the prefix query stops resembling a student's search. */
const PREFIX_FRACTION_BAND = [0.01, 0.05] as const;

export const evidenceQuery: Scenario = {
  name: 'evidence-query',
  description: `${PARAMS.count} evidence items in the extension's IndexedDB: lib/evidence queries by goal, skill and word prefix vs a table scan filtered in JS`,
  async run(ctx) {
    const code = await bundleForPage(join(ctx.rootDir, 'bench/browser/evidenceQueryBench.ts'));
    const session = await ctx.extension();
    const page = await session.openPage('dashboard.html');
    try {
      await page.evaluate(code);
      const result = await page.evaluate(
        (params) =>
          (
            window as unknown as {
              __plpBench: { run(p: typeof params): Promise<EvidenceQueryResult> };
            }
          ).__plpBench.run(params),
        PARAMS,
      );
      // A fast wrong answer is worthless: refuse to report timings for one.
      const bad = result.checks.filter(
        (c) => !c.sameIds || c.indexedCount !== c.baselineCount || c.indexedCount === 0,
      );
      if (bad.length > 0) {
        throw new BenchMismatchError(
          `indexed and baseline answers differ (or are empty): ${JSON.stringify(bad)}`,
        );
      }
      const [low, high] = PREFIX_FRACTION_BAND;
      if (result.prefixMatchFraction < low || result.prefixMatchFraction > high) {
        throw new Error(
          `prefix "${result.prefix}" matches ${(result.prefixMatchFraction * 100).toFixed(1)}% of items, ` +
            `outside ${low * 100}-${high * 100}%: the generated data changed, pick another prefix`,
        );
      }
      const mib = (bytes: number | null | undefined) =>
        bytes == null ? '?' : (bytes / 2 ** 20).toFixed(1);
      const heap = result.heapBytes;
      return {
        rows: result.operations,
        notes: [
          `answers checked: indexed and baseline return the same ids for all ${result.checks.length} queries`,
          `prefix "${result.prefix}" matches ${(result.prefixMatchFraction * 100).toFixed(1)}% of items`,
          `page JS heap after GC, MiB: start ${mib(heap.start)}, after generating ${mib(heap.afterGenerate)}, ` +
            `after insert ${mib(heap.afterInsert)}, after queries ${mib(heap.afterQueries)}`,
        ],
        details: {
          params: PARAMS,
          checks: result.checks,
          prefix: result.prefix,
          prefixMatchFraction: result.prefixMatchFraction,
          generateMs: result.generateMs,
          heapBytes: result.heapBytes,
        },
      };
    } finally {
      await page.close();
    }
  },
};
