import type { EvidenceRecord, GoalRecord, ReflectionRecord } from '../../../lib/db/records';
import type {
  BundleEvidence,
  BundleManifest,
  BundleMedia,
  BundleReflection,
} from '../../../lib/export/bundle/manifestSchema';

/**
 * A hand-built manifest for the offline portfolio page: pure data with no
 * database, so the Playwright spec (Node) can use it as well as Vitest. File
 * names carry spaces, "#", "?", "%" and non-Latin letters on purpose.
 */
export const PORTFOLIO_T0 = Date.UTC(2026, 2, 2, 10);
const DAY = 24 * 60 * 60 * 1000;

export const FOLDER_ONE = 'Write #1? 100% better';
export const FOLDER_TWO = 'Écrire ✍ 日本';

function goal(id: string, overrides: Partial<GoalRecord>): GoalRecord {
  return {
    id,
    title: `Goal ${id}`,
    category: 'academic',
    description: '',
    whyItMatters: '',
    successCriteria: '',
    steps: [],
    skillIds: [],
    status: 'active',
    targetDate: null,
    order: 1,
    createdAt: PORTFOLIO_T0,
    updatedAt: PORTFOLIO_T0,
    achievedAt: null,
    ...overrides,
  };
}

type ExportedEvidence = Omit<EvidenceRecord, 'searchWords' | 'sortTitle' | 'deletedAt'>;
function clip(id: string, overrides: Partial<ExportedEvidence>): BundleEvidence {
  return {
    id,
    kind: 'link',
    title: `Clip ${id}`,
    note: '',
    url: `https://example.org/${id}`,
    capturedAt: PORTFOLIO_T0,
    goalIds: [],
    skillIds: [],
    contentHash: id,
    mediaId: null,
    createdAt: PORTFOLIO_T0,
    updatedAt: PORTFOLIO_T0,
    source: 'popup',
    canonicalUrl: null,
    pageTitle: '',
    siteName: null,
    byline: null,
    publishedTime: null,
    description: null,
    lang: null,
    dir: null,
    faviconUrl: null,
    faviconDataUrl: null,
    ogImageUrl: null,
    text: '',
    excerpt: null,
    textFragmentUrl: null,
    thumbnailMediaId: null,
    partMediaIds: [],
    width: null,
    height: null,
    ...overrides,
  };
}

type ExportedReflection = Omit<ReflectionRecord, 'searchWords' | 'sortTitle' | 'deletedAt'>;
function reflection(id: string, overrides: Partial<ExportedReflection>): BundleReflection {
  return {
    id,
    kind: 'written',
    title: `Reflection ${id}`,
    note: '',
    goalIds: [],
    skillIds: [],
    recordingId: null,
    mediaId: null,
    createdAt: PORTFOLIO_T0,
    updatedAt: PORTFOLIO_T0,
    status: 'ready',
    durationMs: null,
    posterMediaId: null,
    failure: null,
    processing: null,
    prompts: [],
    ...overrides,
  };
}

function media(
  id: string,
  ownerId: string,
  role: BundleMedia['role'],
  mimeType: string,
  path: string,
): BundleMedia {
  return {
    id,
    ownerId,
    role,
    mimeType,
    size: 68,
    sha256: '0'.repeat(64),
    path,
    createdAt: PORTFOLIO_T0,
  };
}

export function portfolioManifest(): BundleManifest {
  return {
    format: 'plp-companion-bundle',
    formatVersion: 1,
    exportedAt: PORTFOLIO_T0 + 10 * DAY,
    app: { name: 'PLP Companion', version: '0.1.0' },
    scope: { kind: 'everything', description: 'Everything in PLP Companion' },
    skills: [
      {
        id: 'vt-communication',
        name: 'Clear and effective communication',
        description: 'Expressing ideas.',
        order: 0,
        source: 'default',
      },
      {
        id: 'vt-self-direction',
        name: 'Self-direction',
        description: 'Setting goals.',
        order: 1,
        source: 'default',
      },
    ],
    goals: [
      goal('g2', {
        title: 'Learn Japanese',
        category: 'personal',
        order: 2,
        skillIds: ['vt-self-direction'],
      }),
      goal('g1', {
        title: 'Become a better writer',
        whyItMatters: 'Writing helps me think.',
        successCriteria: 'Publish three essays.',
        steps: [
          { id: 's1', text: 'Draft an essay', done: true },
          { id: 's2', text: 'Ask for feedback', done: false },
        ],
        skillIds: ['vt-communication'],
        targetDate: '2026-06-01',
      }),
    ],
    evidence: [
      // Listed out of date order on purpose: the page must sort.
      clip('e2', {
        kind: 'article',
        title: 'Lava flows',
        note: 'Sources for my essay',
        capturedAt: PORTFOLIO_T0 + 2 * DAY,
        goalIds: ['g1', 'g2'],
        skillIds: ['vt-communication'],
        mediaId: 'm2',
      }),
      clip('e1', {
        kind: 'fullpage',
        title: 'Volcano essay draft',
        note: 'My first draft',
        goalIds: ['g1'],
        skillIds: ['vt-communication', 'vt-self-direction'],
        mediaId: 'm1',
        thumbnailMediaId: 'm1t',
        partMediaIds: ['m1p'],
      }),
      clip('e3', { kind: 'link', title: 'A link with no goal', capturedAt: PORTFOLIO_T0 + DAY }),
      clip('e4', {
        kind: 'image',
        title: 'Kanji chart',
        goalIds: ['g2'],
        mediaId: 'm4',
        capturedAt: PORTFOLIO_T0 + 3 * DAY,
      }),
    ],
    reflections: [
      reflection('r1', {
        title: 'What I learned',
        note: 'A lot',
        goalIds: ['g1'],
        createdAt: PORTFOLIO_T0 + DAY,
        prompts: ['What went well?'],
      }),
      reflection('r2', {
        kind: 'recorded',
        title: 'My video',
        goalIds: ['g2'],
        mediaId: 'v1',
        posterMediaId: 'v1p',
        durationMs: 65_000,
        createdAt: PORTFOLIO_T0 + DAY,
      }),
    ],
    media: [
      media('m1', 'e1', 'main', 'image/png', `${FOLDER_ONE}/2026-03-02 Full page - Volcano.png`),
      media(
        'm1p',
        'e1',
        'part',
        'image/png',
        `${FOLDER_ONE}/2026-03-02 Full page - Volcano - part 2.png`,
      ),
      media(
        'm1t',
        'e1',
        'thumbnail',
        'image/png',
        `${FOLDER_ONE}/2026-03-02 Full page - Volcano - thumbnail.png`,
      ),
      media('m2', 'e2', 'main', 'text/html', `${FOLDER_ONE}/2026-03-04 Article - Lava flows.html`),
      media('m4', 'e4', 'main', 'image/png', `${FOLDER_TWO}/2026-03-05 Image - 漢字 chart.png`),
      media(
        'v1',
        'r2',
        'video',
        'video/mp4',
        `${FOLDER_TWO}/2026-03-03 Video reflection - My video.mp4`,
      ),
      media(
        'v1p',
        'r2',
        'poster',
        'image/png',
        `${FOLDER_TWO}/2026-03-03 Video reflection - My video - poster.png`,
      ),
    ],
  };
}
