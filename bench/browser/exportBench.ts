/**
 * Runs inside the extension's dashboard page (bundled by esbuild, evaluated over CDP). Seeds the
 * extension's own database with about 1 GB of incompressible media through the data layer, then
 * times the real bundle export (planBundle + writeBundleToBlob, as the Export page runs it)
 * against a plain copy of the same blobs through the same stream-to-Blob path.
 */
import { getDb } from '../../lib/db/db';
import type { MediaRecord } from '../../lib/db/records';
import { createGoal } from '../../lib/goals/goalsRepo';
import { addEvidence } from '../../lib/evidence/evidenceRepo';
import { planBundle } from '../../lib/export/bundle/planBundle';
import { writeBundleToBlob } from '../../lib/export/writeBundleToBlob';
import { generateEvidence } from '../data/generateEvidence';

export interface ExportSeedParams {
  files: number;
  mbPerFile: number;
}

export interface TimedExport {
  ms: number;
  bytes: number;
}

const MB = 1024 * 1024;

/** Random bytes: like video, they do not compress, so zip stores them as they are. */
function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 64 KiB per call.
  for (let at = 0; at < size; at += 65_536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
  }
  return bytes;
}

async function seed(params: ExportSeedParams): Promise<{ bytes: number }> {
  const db = getDb();
  const goal = await createGoal(db, {
    title: 'Show my learning in science',
    category: 'academic',
    description: '',
    whyItMatters: '',
    successCriteria: '',
    steps: [],
    skillIds: [],
    targetDate: null,
  });
  // One 8 MiB random block shared by every file keeps seeding fast; a unique head per file
  // makes every file's hash differ, as real recordings' would.
  const block = randomBytes(8 * MB);
  const items = generateEvidence({
    count: params.files,
    goalIds: [goal.id],
    skillIds: [],
    seed: 7,
  });
  let bytes = 0;
  for (const [index, item] of items.entries()) {
    const parts: BlobPart[] = [randomBytes(4096)];
    for (let mb = 0; mb < params.mbPerFile; mb += 8) parts.push(block);
    const blob = new Blob(parts, { type: 'image/jpeg' });
    const media: MediaRecord = {
      id: `bench-media-${index}`,
      ownerId: item.id,
      mimeType: 'image/jpeg',
      size: blob.size,
      blob,
      createdAt: item.capturedAt,
    };
    // One file per transaction: a 1 GB transaction would hold every blob until commit.
    await db.transaction('rw', db.evidence, db.media, async () => {
      await db.media.add(media);
      await addEvidence(db, [
        { ...item, kind: 'image', goalIds: [goal.id], mediaId: media.id, thumbnailMediaId: null },
      ]);
    });
    bytes += blob.size;
  }
  return { bytes };
}

/** The product's path: everything, planned and written to a ZIP Blob. */
async function exportBundle(): Promise<TimedExport> {
  const db = getDb();
  const started = performance.now();
  const plan = await planBundle(db, { kind: 'everything' });
  const blob = await writeBundleToBlob(db, plan, {
    now: () => Date.now(),
    app: { name: 'PLP Companion', version: 'bench' },
    portfolioPage: { locale: 'en' },
  });
  return { ms: performance.now() - started, bytes: blob.size };
}

/** Reference: the same blobs read from IndexedDB and piped into a Blob, with no zip and no hash. */
async function plainCopy(): Promise<TimedExport> {
  const db = getDb();
  const started = performance.now();
  const ids = (await db.media.toCollection().primaryKeys()) as string[];
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const collected = new Response(readable).blob();
  const writer = writable.getWriter();
  for (const id of ids) {
    const row = await db.media.get(id);
    const reader = row!.blob.stream().getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      await writer.write(chunk.value);
    }
  }
  await writer.close();
  const blob = await collected;
  return { ms: performance.now() - started, bytes: blob.size };
}

Object.assign(globalThis, { __plpExportBench: { seed, exportBundle, plainCopy } });
