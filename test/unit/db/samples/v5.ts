import type { MigrationSample } from '../migrationSample';

/** Data as schema version 5 stored it: Drive upload sessions and export jobs. Never change once released. */
export const sample: MigrationSample = {
  version: 5,
  data: {
    driveUploads: [
      {
        key: 'evidence:ev-5:' + 'c'.repeat(64),
        sessionUri:
          'https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable&upload_id=x5',
        offset: 262_144,
        size: 1_000_000,
        updatedAt: 1_740_000_000_000,
      },
    ],
    driveJobs: [
      {
        id: 'job-5',
        status: 'running',
        scope: { kind: 'goals', goalIds: ['goal-5'] },
        planned: true,
        files: [
          {
            itemId: 'evidence:ev-5',
            table: 'evidence',
            recordId: 'ev-5',
            mediaId: 'media-5',
            name: '2025-02-19 Screenshot - Graph.png',
            folderKey: 'goal:goal-5',
            folderName: 'Read more',
            size: 1_000_000,
            status: 'uploading',
            uploadedBytes: 262_144,
            hash: 'c'.repeat(64),
            driveFileId: null,
            error: null,
          },
        ],
        totalBytes: 1_000_000,
        createdAt: 1_740_000_000_000,
        updatedAt: 1_740_000_000_000,
        heartbeatAt: 1_740_000_000_000,
        error: null,
        result: null,
      },
    ],
  },
  async verify(db) {
    const unfinished = await db.driveJobs.where('status').equals('running').primaryKeys();
    const session = await db.driveUploads.get('evidence:ev-5:' + 'c'.repeat(64));
    if (unfinished.join() !== 'job-5' || session?.offset !== 262_144) {
      throw new Error(
        `v5 rows changed: jobs ${unfinished.join()}, session ${JSON.stringify(session)}`,
      );
    }
  },
};
