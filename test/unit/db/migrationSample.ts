import type * as v from 'valibot';
// Relative paths: the e2e schema-upgrade test bundles this file for a page with esbuild.
import type { PlpDatabase } from '../../../lib/db/schema';
import {
  driveJobRecordSchema,
  driveUploadRecordSchema,
  evidenceRecordSchema,
  goalRecordSchema,
  promptSetRecordSchema,
  recordingRecordSchema,
  reflectionRecordSchema,
  skillRecordSchema,
} from '../../../lib/db/records';

/** Sample data written at one schema version, checked after upgrading to the latest. */
export interface MigrationSample {
  version: number;
  /** Rows per table, exactly as that version stored them. */
  data: Record<string, unknown[]>;
  /** Version-specific checks after the upgrade, beyond "every row is still valid". */
  verify: (db: PlpDatabase) => Promise<void>;
}

/** Today's record shape per table: every upgraded row must still parse with its table's schema. */
export const RECORD_SCHEMAS_BY_TABLE: Record<string, v.GenericSchema> = {
  goals: goalRecordSchema,
  skills: skillRecordSchema,
  evidence: evidenceRecordSchema,
  reflections: reflectionRecordSchema,
  recordings: recordingRecordSchema,
  promptSets: promptSetRecordSchema,
  driveUploads: driveUploadRecordSchema,
  driveJobs: driveJobRecordSchema,
};
