import type { PlpDatabase } from '../db/schema';

export interface LibraryCounts {
  /** Items in the library: clips and reflections not in the trash. */
  live: number;
  trash: number;
}

/**
 * How many items the library and the trash hold. Counts indexes only
 * (the deletedAt index holds exactly the trash, as null is never indexed).
 */
export async function countLibrary(db: PlpDatabase): Promise<LibraryCounts> {
  return db.transaction('r', db.evidence, db.reflections, async () => {
    const [evidence, reflections, trashedEvidence, trashedReflections] = await Promise.all([
      db.evidence.count(),
      db.reflections.count(),
      db.evidence.where('deletedAt').above(0).count(),
      db.reflections.where('deletedAt').above(0).count(),
    ]);
    const trash = trashedEvidence + trashedReflections;
    return { live: evidence + reflections - trash, trash };
  });
}
