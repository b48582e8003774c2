import type { MigrationSample } from '../migrationSample';

/** Data as schema version 2 stored it: clips carry their page's context. Never change once released. */
export const sample: MigrationSample = {
  version: 2,
  data: {
    goals: [],
    evidence: [
      {
        id: 'ev-2',
        kind: 'article',
        title: 'How rivers shape valleys',
        note: 'Used for my geography project',
        url: 'https://example.org/rivers?utm=1',
        capturedAt: 1_710_000_000_000,
        goalIds: [],
        skillIds: ['vt-integrative-thinking'],
        searchWords: [
          'how',
          'rivers',
          'shape',
          'valleys',
          'used',
          'for',
          'my',
          'geography',
          'project',
        ],
        contentHash: 'a'.repeat(64),
        mediaId: 'media-2',
        createdAt: 1_710_000_000_000,
        updatedAt: 1_710_000_000_000,
        source: 'context-menu',
        canonicalUrl: 'https://example.org/rivers',
        pageTitle: 'How rivers shape valleys | Example',
        siteName: 'Example',
        byline: 'A. Author',
        publishedTime: '2024-03-01T10:00:00Z',
        description: 'Erosion explained',
        lang: 'en',
        dir: 'ltr',
        faviconUrl: 'https://example.org/favicon.ico',
        faviconDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        ogImageUrl: null,
        text: 'Rivers carve valleys over time.',
        excerpt: 'Erosion explained',
        textFragmentUrl: null,
        thumbnailMediaId: 'thumb-2',
        partMediaIds: [],
        width: null,
        height: null,
      },
    ],
    media: [
      {
        id: 'media-2',
        ownerId: 'ev-2',
        mimeType: 'text/html',
        size: 12,
        blob: new Blob(['<p>Rivers</p>'], { type: 'text/html' }),
        createdAt: 1_710_000_000_000,
      },
    ],
  },
  async verify(db) {
    const clip = await db.evidence.get('ev-2');
    if (clip?.byline !== 'A. Author' || clip.source !== 'context-menu') {
      throw new Error(`v2 clip changed: ${JSON.stringify(clip)}`);
    }
    // v4 indexes the article's own text, so a word only found there is searchable.
    const found = await db.evidence.where('searchWords').equals('carve').primaryKeys();
    if (found.join() !== 'ev-2' || clip.deletedAt !== null) {
      throw new Error(`v4 did not index the v2 article text: ${JSON.stringify(clip)}`);
    }
  },
};
