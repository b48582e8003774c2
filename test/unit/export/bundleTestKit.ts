import type { PlpDatabase } from '@/lib/db/schema';
import type { GoalRecord, MediaRecord } from '@/lib/db/records';
import { toEvidenceRecord, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { planBundle } from '@/lib/export/bundle/planBundle';
import type { BundleScopeRequest } from '@/lib/export/bundle/bundleScope';
import { writeBundle, type WriteBundleOptions } from '@/lib/export/bundle/writeBundle';
import { reflectionRow } from '../library/libraryFixtures';

export const DAY = 24 * 60 * 60 * 1000;
/** 2026-03-02T10:00Z: noon-ish in every test time zone that matters. */
export const T0 = Date.UTC(2026, 2, 2, 10);

export function goalRow(id: string, overrides: Partial<GoalRecord> = {}): GoalRecord {
  return {
    id,
    title: `Goal ${id}`,
    category: 'academic',
    description: 'Read more',
    whyItMatters: '',
    successCriteria: '',
    steps: [{ id: `${id}-s1`, text: 'Start', done: false }],
    skillIds: ['vt-communication'],
    status: 'active',
    targetDate: '2026-06-01',
    order: 1,
    createdAt: T0,
    updatedAt: T0,
    achievedAt: null,
    ...overrides,
  };
}

/** Bytes that differ per seed, so hashes and byte comparisons mean something. */
export function bytes(seed: number, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let state = seed * 2654435761;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

export function mediaOf(
  id: string,
  ownerId: string,
  mimeType: string,
  data: Uint8Array<ArrayBuffer> | string,
): MediaRecord {
  const blob = new Blob([data], { type: mimeType });
  return { id, ownerId, mimeType, size: blob.size, blob, createdAt: T0 };
}

function clipRow(id: string, overrides: Partial<NewEvidence>) {
  const base: NewEvidence = {
    id,
    kind: 'link',
    title: `Clip ${id}`,
    note: `Why ${id} matters`,
    url: `https://example.org/${id}`,
    capturedAt: T0,
    goalIds: [],
    skillIds: [],
    contentHash: id,
    mediaId: null,
    ...overrides,
  };
  return toEvidenceRecord(base, T0);
}

/**
 * A small but complete library: two goals, a full-page screenshot with a
 * thumbnail and a lower part, an article (HTML), a link with no goal, a
 * written reflection, a recorded reflection with video and poster, and one
 * clip in the trash (never exported).
 */
export async function seedLibrary(db: PlpDatabase): Promise<void> {
  await db.goals.bulkAdd([
    goalRow('g1', { title: 'Become a better: writer?' }),
    goalRow('g2', { title: 'CON', order: 2, skillIds: ['vt-self-direction'] }),
  ]);
  await db.evidence.bulkAdd([
    clipRow('e1', {
      kind: 'fullpage',
      title: 'Volcano essay / draft 1',
      goalIds: ['g1'],
      skillIds: ['vt-communication'],
      mediaId: 'm1',
      thumbnailMediaId: 'm1t',
      partMediaIds: ['m1p'],
      width: 1200,
      height: 9000,
    }),
    clipRow('e2', {
      kind: 'article',
      title: 'Lava flows',
      goalIds: ['g2', 'g1'],
      mediaId: 'm2',
      capturedAt: T0 + DAY,
      text: 'Lava is hot',
    }),
    clipRow('e3', { kind: 'link', title: 'No goal link', capturedAt: T0 + 2 * DAY }),
    clipRow('e4', { kind: 'image', title: 'Trashed', mediaId: 'm4', deletedAt: T0 + 3 * DAY }),
  ]);
  await db.reflections.bulkAdd([
    reflectionRow('r1', {
      title: 'What I learned',
      note: 'A lot',
      goalIds: ['g1'],
      createdAt: T0,
      updatedAt: T0,
    }),
    reflectionRow('r2', {
      kind: 'recorded',
      title: 'My video',
      goalIds: ['g2'],
      mediaId: 'v1',
      posterMediaId: 'v1p',
      durationMs: 4000,
      createdAt: T0 + DAY,
      updatedAt: T0 + DAY,
    }),
  ]);
  await db.media.bulkAdd([
    mediaOf('m1', 'e1', 'image/png', bytes(1, 5000)),
    mediaOf('m1t', 'e1', 'image/webp', bytes(2, 300)),
    mediaOf('m1p', 'e1', 'image/png', bytes(3, 4000)),
    mediaOf('m2', 'e2', 'text/html', '<p>Lava</p>'.repeat(200)),
    mediaOf('m4', 'e4', 'image/jpeg', bytes(4, 100)),
    mediaOf('v1', 'r2', 'video/mp4', bytes(5, 20000)),
    mediaOf('v1p', 'r2', 'image/jpeg', bytes(6, 700)),
  ]);
}

/** A WritableStream that collects into a Blob, as a file would on disk. */
export function blobSink() {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let closed = false;
  let abortReason: unknown = undefined;
  const stream = new WritableStream<Uint8Array<ArrayBuffer>>({
    write: (chunk) => void chunks.push(chunk.slice()),
    close: () => void (closed = true),
    abort: (reason) => void (abortReason = reason ?? 'aborted'),
  });
  return {
    stream,
    blob: () => new Blob(chunks, { type: 'application/zip' }),
    get closed() {
      return closed;
    },
    get abortReason() {
      return abortReason;
    },
  };
}

export const TEST_APP = { name: 'PLP Companion', version: '0.1.0' };

export async function exportBundle(
  db: PlpDatabase,
  scope: BundleScopeRequest = { kind: 'everything' },
  options: Partial<WriteBundleOptions> = {},
) {
  const plan = await planBundle(db, scope);
  const sink = blobSink();
  const manifest = await writeBundle(db, plan, sink.stream, {
    now: () => T0 + 10 * DAY,
    app: TEST_APP,
    ...options,
  });
  return { plan, manifest, blob: sink.blob() };
}
