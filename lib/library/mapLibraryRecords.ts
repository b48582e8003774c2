import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord, ReflectionRecord } from '../db/records';
import { libraryKeyString, type LibraryKey } from './libraryQuery';

/**
 * Reads the records behind library keys in one transaction (one bulkGet per
 * table) and maps each, keeping the keys' order. A record that no longer
 * exists, or that a mapper turns into null, is left out.
 */
export async function mapLibraryRecords<T>(
  db: PlpDatabase,
  keys: readonly LibraryKey[],
  map: {
    evidence: (item: EvidenceRecord) => T | null;
    reflections: (item: ReflectionRecord) => T | null;
  },
): Promise<T[]> {
  const evidenceIds = keys.filter((k) => k.table === 'evidence').map((k) => k.id);
  const reflectionIds = keys.filter((k) => k.table === 'reflections').map((k) => k.id);
  const [evidence, reflections] = await db.transaction('r', db.evidence, db.reflections, () =>
    Promise.all([db.evidence.bulkGet(evidenceIds), db.reflections.bulkGet(reflectionIds)]),
  );
  const mapped = new Map<string, T>();
  const keep = (table: LibraryKey['table'], id: string, value: T | null) => {
    if (value !== null) mapped.set(libraryKeyString({ table, id }), value);
  };
  for (const item of evidence) if (item) keep('evidence', item.id, map.evidence(item));
  for (const item of reflections) if (item) keep('reflections', item.id, map.reflections(item));
  return keys.flatMap((key) => mapped.get(libraryKeyString(key)) ?? []);
}
