import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  DriveJobRecord,
  DriveUploadRecord,
  EvidenceRecord,
  GoalRecord,
  MediaRecord,
  PromptSetRecord,
  RecordingChunkRecord,
  RecordingRecord,
  ReflectionRecord,
  SkillRecord,
} from './records';
import { DEFAULT_SKILLS } from '../skills/defaultSkills';
import { EVIDENCE_V2_DEFAULTS, pickDefined } from './evidenceDefaults';
import { DEFAULT_PROMPT_SETS } from '../prompts/defaultPromptSets';
import { evidenceDerived, keepDerivedFields, reflectionDerived } from './derivedFields';

export const DATABASE_NAME = 'plp-companion';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs. Index only what is queried; never blobs or long text. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
}

/**
 * Every schema version, oldest first. Never edit a released version: add a new
 * one with an `upgrade`, and a sample in test/unit/db/samples/ (its test fails
 * without one).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      goals: '&id, status, order, *skillIds',
      skills: '&id, order',
      evidence: '&id, capturedAt, kind, *goalIds, *skillIds, *searchWords, contentHash',
      reflections: '&id, createdAt, *goalIds, *skillIds, recordingId',
      media: '&id, ownerId',
      recordingChunks: '[recordingId+seq], recordingId',
    },
  },
  {
    // Clips keep their page's context (issue 3). No index changes: the new
    // fields are read with the record, never queried on their own.
    version: 2,
    stores: {},
    upgrade: (tx) =>
      tx
        .table('evidence')
        .toCollection()
        .modify((item: Record<string, unknown>) => {
          Object.assign(
            item,
            { ...EVIDENCE_V2_DEFAULTS, pageTitle: item.title ?? '' },
            pickDefined(item),
          );
        }),
  },
  {
    // Screencast reflections (issue 4): a recording's bookkeeping, reflection
    // status for "recording / processing / ready / failed", and prompt sets.
    version: 3,
    stores: {
      reflections: '&id, createdAt, *goalIds, *skillIds, recordingId, status',
      recordings: '&id, status',
      promptSets: '&id, goalId, order',
    },
    upgrade: async (tx) => {
      await tx
        .table('reflections')
        .toCollection()
        .modify((item: Record<string, unknown>) => {
          Object.assign(
            item,
            {
              status: 'ready',
              durationMs: null,
              posterMediaId: null,
              failure: null,
              processing: null,
              prompts: [],
            },
            pickDefined(item),
          );
        });
      await tx.table('promptSets').bulkPut(DEFAULT_PROMPT_SETS.map((set) => ({ ...set })));
    },
  },
  {
    // The library (issue 5): full-text search over clipped article and
    // selection text and reflection notes, sort by title, and a trash.
    // deletedAt is null for live items, and IndexedDB leaves null out of an
    // index, so the deletedAt index holds exactly the trash.
    version: 4,
    stores: {
      // [capturedAt+kind] lets the library read every clip's date and kind in
      // one key-cursor walk, without reading a record (lib/library/libraryBase.ts).
      evidence:
        '&id, capturedAt, kind, *goalIds, *skillIds, *searchWords, contentHash, sortTitle, deletedAt, [capturedAt+kind]',
      reflections:
        '&id, createdAt, *goalIds, *skillIds, recordingId, status, *searchWords, sortTitle, deletedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('evidence')
        .toCollection()
        .modify((item: EvidenceRecord) => {
          Object.assign(item, evidenceDerived(item), { deletedAt: item.deletedAt ?? null });
        });
      await tx
        .table('reflections')
        .toCollection()
        .modify((item: ReflectionRecord) => {
          Object.assign(item, reflectionDerived(item), { deletedAt: item.deletedAt ?? null });
        });
    },
  },
  {
    // Google Drive export (issue 6): resumable-upload sessions that outlive the service worker,
    // and export jobs the worker runs and the Export page watches. Only status is queried
    // (the worker resumes unfinished jobs); sessions are read by their key alone.
    version: 5,
    stores: {
      driveUploads: '&key',
      driveJobs: '&id, status',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 0;

export class PlpDatabase extends Dexie {
  goals!: EntityTable<GoalRecord, 'id'>;
  skills!: EntityTable<SkillRecord, 'id'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  reflections!: EntityTable<ReflectionRecord, 'id'>;
  media!: EntityTable<MediaRecord, 'id'>;
  recordingChunks!: Table<RecordingChunkRecord, [string, number]>;
  recordings!: EntityTable<RecordingRecord, 'id'>;
  promptSets!: EntityTable<PromptSetRecord, 'id'>;
  driveUploads!: EntityTable<DriveUploadRecord, 'key'>;
  driveJobs!: EntityTable<DriveJobRecord, 'id'>;

  constructor(
    name = DATABASE_NAME,
    options: {
      upToVersion?: number;
      indexedDB?: IDBFactory;
      IDBKeyRange?: typeof IDBKeyRange;
    } = {},
  ) {
    const { upToVersion = LATEST_SCHEMA_VERSION, ...dependencies } = options;
    // Strict durability: Chrome's default "relaxed" mode can lose a write that
    // was reported committed if the device crashes, and evidence can't be re-made.
    super(name, { chromeTransactionDurability: 'strict', ...dependencies });
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upToVersion) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    // Derived search and sort fields exist from v4; older test databases stay as they were.
    if (upToVersion >= 4) keepDerivedFields(this);
    // A brand-new database starts with the default skills framework.
    // (Before v3 the prompt sets table doesn't exist; the v3 upgrade adds them.)
    this.on('populate', async (tx) => {
      await tx.table('skills').bulkAdd(DEFAULT_SKILLS.map((s) => ({ ...s })));
      if (upToVersion >= 3) {
        await tx.table('promptSets').bulkAdd(DEFAULT_PROMPT_SETS.map((set) => ({ ...set })));
      }
    });
  }
}
