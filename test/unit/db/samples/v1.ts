import type { MigrationSample } from '../migrationSample';

/**
 * Data as schema version 1 stored it. Never change this file once released:
 * it is what real students' databases hold, and every later upgrade must
 * carry it forward.
 */
export const sample: MigrationSample = {
  version: 1,
  data: {
    goals: [
      {
        id: 'goal-1',
        title: 'Write a research paper I am proud of',
        category: 'academic',
        description: 'A well-sourced paper',
        whyItMatters: 'I want to argue from evidence',
        successCriteria: 'Five sources and teacher feedback',
        steps: [{ id: 'step-1', text: 'Choose a question', done: true }],
        skillIds: ['vt-communication'],
        status: 'active',
        targetDate: '2027-06-01',
        order: 0,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_500,
        achievedAt: null,
      },
    ],
    skills: [
      {
        id: 'custom-1',
        name: 'Teamwork',
        description: '',
        order: 5,
        source: 'custom',
      },
    ],
    evidence: [
      {
        id: 'ev-1',
        kind: 'link',
        title: 'Photosynthesis explained',
        note: 'This helped my lab report',
        url: 'https://example.org/photosynthesis',
        capturedAt: 1_700_000_100_000,
        goalIds: ['goal-1'],
        skillIds: ['vt-communication'],
        searchWords: ['photosynthesis', 'explained', 'this', 'helped', 'my', 'lab', 'report'],
        contentHash: 'sha256-abc',
        mediaId: null,
        createdAt: 1_700_000_100_000,
        updatedAt: 1_700_000_100_000,
      },
    ],
    reflections: [
      {
        id: 'ref-1',
        kind: 'written',
        title: 'What I learned',
        note: 'Sources matter',
        goalIds: ['goal-1'],
        skillIds: [],
        recordingId: null,
        mediaId: null,
        createdAt: 1_700_000_200_000,
        updatedAt: 1_700_000_200_000,
      },
    ],
    media: [
      {
        id: 'media-1',
        ownerId: 'ev-1',
        mimeType: 'text/plain',
        size: 5,
        blob: new Blob(['hello'], { type: 'text/plain' }),
        createdAt: 1_700_000_100_000,
      },
    ],
    recordingChunks: [
      { recordingId: 'rec-1', seq: 0, blob: new Blob(['a']), size: 1, recordedAt: 1 },
      { recordingId: 'rec-1', seq: 1, blob: new Blob(['b']), size: 1, recordedAt: 2 },
    ],
  },
  async verify(db) {
    // Version 1 is the first schema: the data must simply come back intact,
    // next to the default framework the database was created with.
    const goal = await db.goals.get('goal-1');
    if (!goal?.steps[0]?.done) throw new Error('goal steps were not kept');
    // v2 gave evidence its page context; old clips take their title as the page title.
    const clip = await db.evidence.get('ev-1');
    if (
      clip?.pageTitle !== 'Photosynthesis explained' ||
      clip.source !== 'popup' ||
      clip.text !== ''
    ) {
      throw new Error(`v2 defaults not applied: ${JSON.stringify(clip)}`);
    }
    const skills = await db.skills.orderBy('order').toArray();
    if (skills.length !== 6)
      throw new Error(`expected 5 default skills + 1 custom, got ${skills.length}`);
  },
};
