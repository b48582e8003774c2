/**
 * Regenerates docs/bundle-manifest.schema.json from the valibot schema:
 *   npx tsx scripts/writeManifestSchema.ts
 * test/unit/export/manifestSchemaFile.test.ts fails while the committed file
 * differs, so a schema change can't ship without its documentation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { manifestJsonSchemaText } from '../lib/export/bundle/manifestJsonSchema';

export const MANIFEST_SCHEMA_FILE = fileURLToPath(
  new URL('../docs/bundle-manifest.schema.json', import.meta.url),
);

/** The file's text, formatted as `npm run lint` (prettier --check) expects. */
export async function renderManifestSchemaFile(): Promise<string> {
  const config = (await resolveConfig(MANIFEST_SCHEMA_FILE)) ?? {};
  return format(manifestJsonSchemaText(), { ...config, filepath: MANIFEST_SCHEMA_FILE });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(MANIFEST_SCHEMA_FILE, await renderManifestSchemaFile());
  console.log(`Wrote ${MANIFEST_SCHEMA_FILE}`);
}
