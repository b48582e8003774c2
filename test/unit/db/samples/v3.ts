import type { MigrationSample } from '../migrationSample';

/** Data as schema version 3 stored it: a screencast reflection mid-way, and prompt sets. Never change once released. */
export const sample: MigrationSample = {
  version: 3,
  data: {
    reflections: [
      {
        id: 'ref-3',
        kind: 'recorded',
        title: 'Talking through my bridge model',
        note: '',
        goalIds: ['goal-3'],
        skillIds: ['vt-problem-solving'],
        recordingId: 'rec-3',
        mediaId: null,
        createdAt: 1_720_000_000_000,
        updatedAt: 1_720_000_000_000,
        status: 'recording',
        durationMs: null,
        posterMediaId: null,
        failure: null,
        processing: null,
        prompts: ['What did I do?', 'What is my next step?'],
      },
    ],
    recordings: [
      {
        id: 'rec-3',
        reflectionId: 'ref-3',
        status: 'recording',
        source: 'tab',
        microphone: true,
        webcam: false,
        fps: 15,
        mimeType: 'video/mp4;codecs=avc1,opus',
        createdAt: 1_720_000_000_000,
        countdownEndsAt: 1_720_000_003_000,
        startedAt: 1_720_000_003_000,
        pausedAt: null,
        pausedTotalMs: 0,
        endedAt: null,
        heartbeatAt: 1_720_000_010_000,
        chunkCount: 2,
        bytes: 6,
        maxMs: 900_000,
        stopReason: null,
        error: null,
      },
    ],
    recordingChunks: [
      {
        recordingId: 'rec-3',
        seq: 0,
        blob: new Blob(['abc']),
        size: 3,
        recordedAt: 1_720_000_004_000,
      },
      {
        recordingId: 'rec-3',
        seq: 1,
        blob: new Blob(['def']),
        size: 3,
        recordedAt: 1_720_000_005_000,
      },
    ],
    promptSets: [
      {
        id: 'set-goal-3',
        name: 'Bridge project',
        prompts: ['What held?', 'What broke?'],
        goalId: 'goal-3',
        source: 'custom',
        order: 1,
        updatedAt: 1_720_000_000_000,
      },
    ],
  },
  async verify(db) {
    const chunks = await db.recordingChunks.where('recordingId').equals('rec-3').count();
    const recording = await db.recordings.get('rec-3');
    if (chunks !== 2 || recording?.status !== 'recording') {
      throw new Error(`v3 recording changed: ${chunks} chunks, ${JSON.stringify(recording)}`);
    }
    // v4: reflections are searchable and sortable by title, and none is in the trash.
    const reflection = await db.reflections.get('ref-3');
    const found = await db.reflections.where('searchWords').startsWith('brid').primaryKeys();
    if (found.join() !== 'ref-3' || reflection?.sortTitle !== 'talking through my bridge model') {
      throw new Error(`v4 did not index the v3 reflection: ${JSON.stringify(reflection)}`);
    }
    if (reflection.deletedAt !== null) throw new Error('v4 put a v3 reflection in the trash');
  },
};
