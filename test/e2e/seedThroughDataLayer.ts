import path from 'node:path';
import type { Page } from '@playwright/test';
import { bundleForPage } from '../../bench/bundleForPage';
import type { SeedInput, SeedResult } from './seed/seedEntry';

export type {
  SeedEvidence,
  SeedGoal,
  SeedInput,
  SeedReflection,
  SeedResult,
} from './seed/seedEntry';

const SEED_ENTRY = path.resolve('test/e2e/seed/seedEntry.ts');

// Bundled once per worker: esbuild takes ~100 ms, the code never changes during a run.
let bundle: Promise<string> | undefined;

/**
 * Writes goals and evidence through the app's own data layer (lib/goals,
 * lib/evidence, lib/db) inside an extension page, so the records are the
 * real thing: same schema, same derived fields, same database. The page must
 * be an extension page (e.g. dashboard.html); CDP evaluation is not subject
 * to its CSP, which would block an injected <script>.
 */
export async function seedThroughDataLayer(page: Page, input: SeedInput): Promise<SeedResult> {
  bundle ??= bundleForPage(SEED_ENTRY);
  const code = await bundle;
  await page.evaluate(code);
  return page.evaluate(
    (seedInput) =>
      (
        window as unknown as { __plpSeed: { seed(i: SeedInput): Promise<SeedResult> } }
      ).__plpSeed.seed(seedInput),
    input,
  );
}
