import type { MigrationSample } from '../migrationSample';

/** Data as schema version 4 stored it: search words, sort titles and the trash. Never change once released. */
export const sample: MigrationSample = {
  version: 4,
  data: {
    evidence: [
      {
        id: 'ev-4',
        kind: 'selection',
        title: 'Notes on photosynthesis',
        note: 'Shows I can summarise',
        url: 'https://example.org/leaf',
        capturedAt: 1_730_000_000_000,
        goalIds: ['goal-4'],
        skillIds: [],
        searchWords: ['notes', 'on', 'photosynthesis', 'shows', 'can', 'summarise', 'chlorophyll'],
        contentHash: 'b'.repeat(64),
        mediaId: null,
        createdAt: 1_730_000_000_000,
        updatedAt: 1_730_000_000_000,
        source: 'popup',
        canonicalUrl: null,
        pageTitle: 'Leaves',
        siteName: null,
        byline: null,
        publishedTime: null,
        description: null,
        lang: 'en',
        dir: 'ltr',
        faviconUrl: null,
        faviconDataUrl: null,
        ogImageUrl: null,
        text: 'Chlorophyll absorbs light.',
        excerpt: null,
        textFragmentUrl: null,
        thumbnailMediaId: null,
        partMediaIds: [],
        width: null,
        height: null,
        sortTitle: 'notes on photosynthesis',
        deletedAt: 1_730_000_500_000,
      },
    ],
    reflections: [
      {
        id: 'ref-4',
        kind: 'written',
        title: 'What it took',
        note: 'Practice every evening.',
        goalIds: ['goal-4'],
        skillIds: [],
        recordingId: null,
        mediaId: null,
        createdAt: 1_730_000_000_000,
        updatedAt: 1_730_000_000_000,
        status: 'ready',
        durationMs: null,
        posterMediaId: null,
        failure: null,
        processing: null,
        prompts: ['What did it take?'],
        searchWords: ['what', 'it', 'took', 'practice', 'every', 'evening'],
        sortTitle: 'what it took',
        deletedAt: null,
      },
    ],
  },
  async verify(db) {
    const trashed = await db.evidence.where('deletedAt').above(0).primaryKeys();
    const found = await db.reflections.where('searchWords').equals('evening').primaryKeys();
    if (trashed.join() !== 'ev-4' || found.join() !== 'ref-4') {
      throw new Error(`v4 rows changed: trash ${trashed.join()}, search ${found.join()}`);
    }
  },
};
