import type { PlpDatabase } from '@/lib/db/schema';

/** Sample data written at one schema version, checked after upgrading to the latest. */
export interface MigrationSample {
  version: number;
  /** Rows per table, exactly as that version stored them. */
  data: Record<string, unknown[]>;
  /** Version-specific checks after the upgrade, beyond "every row is still valid". */
  verify: (db: PlpDatabase) => Promise<void>;
}
