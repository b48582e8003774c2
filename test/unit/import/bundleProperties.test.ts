import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshDb } from '../testDb';
import { importBundle } from '@/lib/import/importBundle';
import { BundleImportError } from '@/lib/import/BundleImportError';
import { exportBundle, goalRow, seedLibrary } from '../export/bundleTestKit';
import { encode, rezip, snapshotDb } from './importTestKit';
import { sha256Hex } from '@/lib/export/bundle/sha256Hex';

// At least 1,000 hostile bundles per run (the fault suite's bar), about 30 ms each.
const MANIFEST_RUNS = 450;
const ENTRY_RUNS = 250;
const DAMAGE_RUNS = 300;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let valid: Blob;
let manifest: Json;

beforeAll(async () => {
  const db = freshDb();
  await seedLibrary(db);
  const exported = await exportBundle(db);
  valid = exported.blob;
  manifest = JSON.parse(JSON.stringify(exported.manifest)) as Json;
}, 30_000);

/** Every path to a value in the manifest, so mutations can hit any field. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) =>
      pathsOf((value as Record<string | number, Json>)[key] as Json, [...prefix, key]),
    ),
  ];
}

function mutate(root: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return replacement ?? null;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const isTraversal = (name: string) =>
  name.startsWith('/') ||
  name.includes('\\') ||
  /^[a-z]:/i.test(name) ||
  name.split('/').includes('..');

/**
 * Import the bundle into a database that already holds data. Either it is
 * refused with a BundleImportError and nothing changed, or every record and
 * file it lists is in the database afterwards. Never anything in between.
 */
async function checkAllOrNothing(file: Blob, listed: Json) {
  const db = freshDb();
  await db.goals.add(goalRow('existing'));
  const before = await snapshotDb(db);
  try {
    await importBundle(db, file);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleImportError);
    expect(await snapshotDb(db)).toEqual(before);
    return 'rejected' as const;
  }
  const m = listed as Record<string, { id: string; sha256?: string }[]>;
  for (const table of ['goals', 'skills', 'evidence', 'reflections'] as const) {
    for (const row of m[table] ?? [])
      expect(await db.table(table).get(row.id), `${table} ${row.id}`).toBeDefined();
  }
  for (const entry of m.media ?? []) {
    const row = await db.media.get(entry.id);
    expect(row && (await sha256Hex(row.blob))).toBe(entry.sha256);
  }
  expect(await db.goals.get('existing')).toEqual(before.goals.find((g) => g.id === 'existing'));
  return 'restored' as const;
}

describe('bundle import properties', () => {
  it('a mutated manifest is refused cleanly or restored whole', async () => {
    const paths = pathsOf(manifest);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.option(
          fc.oneof(
            fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
            // Oversized strings and unknown versions, which jsonValue alone rarely makes.
            fc.constantFrom<Json>('x'.repeat(200_000), 0, 2, 99, -1, 1.5, '1'),
          ),
          { nil: undefined },
        ),
        async (path, replacement) => {
          const edited = mutate(manifest, path, replacement);
          const file = await rezip(valid, { manifest: () => edited });
          await checkAllOrNothing(file, edited);
        },
      ),
      { numRuns: MANIFEST_RUNS },
    );
  }, 180_000);

  it('an extra entry of any name is refused when it escapes the bundle, and never half-imported', async () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc
        .array(fc.constantFrom('..', '.', 'a', 'B', 'C:', '\\', '', 'manifest.json', ' '), {
          minLength: 1,
          maxLength: 5,
        })
        .map((parts) => parts.join('/')),
    );
    await fc.assert(
      fc.asyncProperty(name, async (entryName) => {
        let file: Blob;
        try {
          file = await rezip(valid, {
            files: (files) => [...files, { name: entryName, data: encode('x') }],
          });
        } catch {
          return; // zip.js itself refused to write this name; nothing to import
        }
        const outcome = await checkAllOrNothing(file, manifest);
        if (isTraversal(entryName)) expect(outcome).toBe('rejected');
      }),
      { numRuns: ENTRY_RUNS },
    );
  }, 180_000);

  it('a truncated or byte-damaged archive is refused cleanly or restored whole', async () => {
    const bytes = new Uint8Array(await valid.arrayBuffer());
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: bytes.length - 1 }) }),
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat({ max: bytes.length - 1 }),
        length: fc.integer({ min: 1, max: 64 }),
        mask: fc.integer({ min: 1, max: 255 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        let damaged: Uint8Array<ArrayBuffer>;
        if (change.kind === 'truncate') damaged = bytes.slice(0, change.at);
        else {
          damaged = bytes.slice();
          const end = Math.min(damaged.length, change.at + change.length);
          for (let i = change.at; i < end; i += 1) damaged[i] = damaged[i]! ^ change.mask;
        }
        const outcome = await checkAllOrNothing(new Blob([damaged]), manifest);
        // Cutting anything off loses the central directory: never a partial restore.
        if (change.kind === 'truncate') expect(outcome).toBe('rejected');
      }),
      { numRuns: DAMAGE_RUNS },
    );
  }, 180_000);
});
