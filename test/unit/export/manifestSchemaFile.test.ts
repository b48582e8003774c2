import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { freshDb } from '../testDb';
import { MANIFEST_SCHEMA_FILE, renderManifestSchemaFile } from '@/scripts/writeManifestSchema';
import { exportBundle, seedLibrary } from './bundleTestKit';

describe('docs/bundle-manifest.schema.json', () => {
  it('is exactly what scripts/writeManifestSchema.ts generates (run it after changing the schema)', async () => {
    expect(readFileSync(MANIFEST_SCHEMA_FILE, 'utf8')).toBe(await renderManifestSchemaFile());
  });

  it('accepts the manifest of a real export and rejects a broken one', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { manifest } = await exportBundle(db);
    const validate = new Ajv({ strict: true, allErrors: true }).compile(
      JSON.parse(readFileSync(MANIFEST_SCHEMA_FILE, 'utf8')),
    );
    const valid = validate(JSON.parse(JSON.stringify(manifest)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(validate({ ...manifest, formatVersion: 2 })).toBe(false);
    expect(validate({ ...manifest, media: [{ ...manifest.media[0], sha256: 'nope' }] })).toBe(
      false,
    );
  });
});
