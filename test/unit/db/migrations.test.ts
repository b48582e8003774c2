import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LATEST_SCHEMA_VERSION, PlpDatabase, SCHEMA_VERSIONS } from '@/lib/db/schema';
import { RECORD_SCHEMAS_BY_TABLE, type MigrationSample } from './migrationSample';

// Every schema version must have a sample in ./samples/v<N>.ts. A missing
// sample fails here: it never skips.
const modules = import.meta.glob<{ sample: MigrationSample }>('./samples/v*.ts', { eager: true });
const samples = new Map(Object.values(modules).map((m) => [m.sample.version, m.sample]));

async function countRows(db: PlpDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3… with no gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('never index media blobs', () => {
    for (const step of SCHEMA_VERSIONS) {
      expect(step.stores.media ?? '').not.toMatch(/blob/);
      expect(step.stores.recordingChunks ?? '').not.toMatch(/blob/);
    }
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrade from v${version} to v${LATEST_SCHEMA_VERSION} keeps the v${version} sample`, async () => {
      const sample = samples.get(version);
      expect(
        sample,
        `Missing migration sample for schema version ${version}: add test/unit/db/samples/v${version}.ts`,
      ).toBeDefined();
      if (!sample) return;
      const name = `migration-v${version}-${Math.random()}`;

      const old = new PlpDatabase(name, { upToVersion: version });
      await old.open();
      for (const [table, rows] of Object.entries(sample.data)) {
        await old.table(table).bulkAdd(rows);
      }
      const before = await countRows(old);
      old.close();

      const upgraded = new PlpDatabase(name);
      await upgraded.open();
      expect(upgraded.verno).toBe(LATEST_SCHEMA_VERSION);
      // Nothing lost: every table keeps at least the rows it had.
      const after = await countRows(upgraded);
      for (const [table, count] of Object.entries(before)) {
        expect(after[table], `rows in ${table}`).toBeGreaterThanOrEqual(count);
      }
      // Every row still matches today's record shape.
      for (const [table, schema] of Object.entries(RECORD_SCHEMAS_BY_TABLE)) {
        for (const row of await upgraded.table(table).toArray()) {
          const result = v.safeParse(schema, row);
          expect(
            result.issues && v.summarize(result.issues),
            `${table} row ${JSON.stringify(row)}`,
          ).toBeUndefined();
        }
      }
      await sample.verify(upgraded);
      upgraded.close();
    });
  }
});
