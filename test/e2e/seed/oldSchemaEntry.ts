/**
 * Runs inside an extension page (bundled by esbuild, evaluated over CDP by
 * test/e2e/schemaUpgrade.spec.ts). It rebuilds the extension's database as an
 * earlier schema version left it, holding that version's migration sample:
 * the same declarations (PlpDatabase with `upToVersion`) and the same rows
 * (test/unit/db/samples) the unit migration test uses, but in real Chromium's
 * IndexedDB, where the built extension then upgrades it. Afterwards it checks,
 * field by field, what the upgrade made of every row.
 */
import * as v from 'valibot';
import { DATABASE_NAME, LATEST_SCHEMA_VERSION, PlpDatabase } from '../../../lib/db/schema';
import { RECORD_SCHEMAS_BY_TABLE, type MigrationSample } from '../../unit/db/migrationSample';
import { sample as v1 } from '../../unit/db/samples/v1';
import { sample as v2 } from '../../unit/db/samples/v2';
import { sample as v3 } from '../../unit/db/samples/v3';
import { sample as v4 } from '../../unit/db/samples/v4';
import { sample as v5 } from '../../unit/db/samples/v5';

// esbuild has no import.meta.glob: a new version's sample is added here too, and
// sampleFor() fails (never skips) until it is.
const SAMPLES = new Map<number, MigrationSample>([v1, v2, v3, v4, v5].map((s) => [s.version, s]));

/** The schema version whose upgrade recomputes a field from the text (lib/db/derivedFields.ts). */
const RECOMPUTED_BY: Record<string, number> = { searchWords: 4, sortTitle: 4 };

/** One stored row as comparable strings: a field's JSON, or a blob's type, size and SHA-256. */
type RowPrint = Record<string, string>;

export interface OldDatabaseResult {
  /** IndexedDB's own version number (Dexie multiplies its version by 10). */
  rawVersion: number | null;
  /** Rows per table as stored. */
  rows: Record<string, number>;
}

export interface UpgradeCheck extends OldDatabaseResult {
  dexieVersion: number;
  /** Everything that did not survive the upgrade as the migration says it should; empty when all did. */
  problems: string[];
}

// What version N stored, read back before the upgrade, per `table` then row key.
let storedBefore: { version: number; rows: Record<string, Map<string, RowPrint>> } | undefined;

function sampleFor(version: number): MigrationSample {
  const sample = SAMPLES.get(version);
  if (!sample) {
    throw new Error(
      `No migration sample for schema version ${version}: add test/unit/db/samples/v${version}.ts and import it in test/e2e/seed/oldSchemaEntry.ts`,
    );
  }
  return sample;
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function printRow(row: Record<string, unknown>): Promise<RowPrint> {
  const print: RowPrint = {};
  for (const [field, value] of Object.entries(row)) {
    print[field] =
      value instanceof Blob
        ? `blob ${value.type} ${value.size} ${await sha256(value)}`
        : JSON.stringify(value);
  }
  return print;
}

/** Every row of `tables`, printed, by its primary key (compound keys as JSON). */
async function readRows(
  db: PlpDatabase,
  tables: string[],
): Promise<Record<string, Map<string, RowPrint>>> {
  const result: Record<string, Map<string, RowPrint>> = {};
  for (const name of tables) {
    const table = db.table(name);
    const keys = await table.toCollection().primaryKeys();
    const rows = await table.bulkGet(keys);
    result[name] = new Map();
    for (const [index, row] of rows.entries()) {
      if (row) result[name].set(JSON.stringify(keys[index]), await printRow(row));
    }
  }
  return result;
}

async function countRows(db: PlpDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

async function rawVersion(): Promise<number | null> {
  const found = (await indexedDB.databases()).find((info) => info.name === DATABASE_NAME);
  return found?.version ?? null;
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // Waiting would hide which context holds it: the test must close them all first.
    request.onblocked = () =>
      reject(new Error(`${DATABASE_NAME} is open in another extension context`));
  });
}

/**
 * Replaces the extension's database with one at schema `version` holding
 * that version's sample, and remembers the rows as stored for checkUpgraded.
 */
async function createAt(version: number): Promise<OldDatabaseResult> {
  const sample = sampleFor(version);
  await deleteDatabase();
  const db = new PlpDatabase(DATABASE_NAME, { upToVersion: version });
  try {
    await db.open();
    for (const [table, rows] of Object.entries(sample.data)) await db.table(table).bulkAdd(rows);
    storedBefore = { version, rows: await readRows(db, Object.keys(sample.data)) };
    return { rawVersion: await rawVersion(), rows: await countRows(db) };
  } finally {
    db.close();
  }
}

function compareRow(
  where: string,
  before: RowPrint,
  after: RowPrint | undefined,
  fromVersion: number,
): string[] {
  if (!after) return [`${where} is gone`];
  const problems: string[] = [];
  for (const [field, value] of Object.entries(before)) {
    const recomputedAt = RECOMPUTED_BY[field];
    if (recomputedAt !== undefined && recomputedAt > fromVersion) continue;
    if (after[field] !== value) {
      problems.push(`${where}.${field} was ${value}, is ${after[field] ?? 'missing'}`);
    }
  }
  return problems;
}

/**
 * Opens the database at today's version (the app has upgraded it by now) and
 * lists every way the upgrade lost or changed the sample: a row gone, a field
 * changed that no migration recomputes, a blob's bytes changed, a row not of
 * today's shape, or the unit test's own checks for that version failing.
 */
async function checkUpgraded(): Promise<UpgradeCheck> {
  if (!storedBefore) throw new Error('checkUpgraded before createAt');
  const { version, rows: before } = storedBefore;
  // Opening below at today's version would upgrade it here and hide an app that never did.
  const found = await rawVersion();
  if (found !== LATEST_SCHEMA_VERSION * 10) {
    throw new Error(`the app left ${DATABASE_NAME} at IndexedDB version ${found}`);
  }
  const problems: string[] = [];
  const db = new PlpDatabase();
  try {
    await db.open();
    const after = await readRows(db, Object.keys(before));
    for (const [table, rows] of Object.entries(before)) {
      for (const [key, row] of rows) {
        problems.push(...compareRow(`${table} ${key}`, row, after[table]?.get(key), version));
      }
    }
    for (const [table, schema] of Object.entries(RECORD_SCHEMAS_BY_TABLE)) {
      for (const row of await db.table(table).toArray()) {
        const result = v.safeParse(schema, row);
        if (result.issues) problems.push(`${table} row: ${v.summarize(result.issues)}`);
      }
    }
    await sampleFor(version)
      .verify(db)
      .catch((error: Error) => problems.push(`v${version} sample check: ${error.message}`));
    return {
      rawVersion: await rawVersion(),
      dexieVersion: db.verno,
      rows: await countRows(db),
      problems,
    };
  } finally {
    db.close();
  }
}

// Assigned explicitly: an IIFE's top-level names don't become globals when evaluated.
(globalThis as { __plpOldSchema?: unknown }).__plpOldSchema = {
  createAt,
  checkUpgraded,
  latestVersion: LATEST_SCHEMA_VERSION,
};
