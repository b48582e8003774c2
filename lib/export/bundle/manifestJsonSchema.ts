import { toJsonSchema } from '@valibot/to-json-schema';
import { bundleManifestSchema } from './manifestSchema';

/**
 * manifest.json's JSON Schema, generated from the valibot schema so the two
 * never drift. It ships inside every bundle and in docs/, for anyone (a school
 * system, a future version) reading bundles without this code.
 */
export function manifestJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...toJsonSchema(bundleManifestSchema, { target: 'draft-07' }),
    $id: 'https://plp-companion.invalid/bundle-manifest.schema.json',
    title: 'PLP Companion bundle manifest',
  };
}

/** The exact text written to docs/ and into bundles. */
export function manifestJsonSchemaText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}
