import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { BlobReader, TextWriter, ZipReader } from '@/lib/export/bundle/zipLibrary';
import { planSeesawExport } from '@/lib/export/seesaw/planSeesawExport';
import {
  seesawZipFileName,
  writeSeesawZip,
  writeSeesawZipToBlob,
  type SeesawZipProgress,
} from '@/lib/export/seesaw/writeSeesawZip';
import { blobSink, mediaOf, seedLibrary, T0 } from '../export/bundleTestKit';
import { fakeRaster } from './seesawTestKit';

const LIMITS = { maxVideoMinutes: 5, maxFileMB: 100 };

async function readZip(blob: Blob) {
  const reader = new ZipReader(new BlobReader(blob));
  const entries = await reader.getEntries();
  const text = async (name: string) => {
    const entry = entries.find((e) => e.filename === name);
    if (!entry || entry.directory) throw new Error(`no ${name}`);
    return entry.getData(new TextWriter());
  };
  return { names: entries.map((e) => e.filename), text, close: () => reader.close() };
}

async function setUp() {
  const db = freshDb();
  await seedLibrary(db);
  // The seeded full page's parts become one image: give them decodable sizes.
  await db.media.bulkPut([
    mediaOf('m1', 'e1', 'image/png', '1200x8000'),
    mediaOf('m1p', 'e1', 'image/png', '1200x1000'),
  ]);
  const plan = await planSeesawExport(db, { kind: 'everything' }, LIMITS);
  return { db, plan, deps: { db, raster: fakeRaster().raster, now: () => T0 } };
}

describe('writeSeesawZip', () => {
  it('holds every planned file, captions.txt and the how-to, with progress by file', async () => {
    const { db, plan, deps } = await setUp();
    const progress: SeesawZipProgress[] = [];
    const blob = await writeSeesawZipToBlob(deps, plan, { onProgress: (p) => progress.push(p) });
    const zip = await readZip(blob);
    expect(zip.names).toEqual([
      ...plan.files.map((f) => f.fileName),
      'captions.txt',
      'How to post to Seesaw.txt',
    ]);
    const video = plan.files.find((f) => f.itemId === 'r2')!;
    const videoEntry = (await new ZipReader(new BlobReader(blob)).getEntries()).find(
      (e) => e.filename === video.fileName,
    );
    expect(videoEntry?.uncompressedSize).toBe((await db.media.get('v1'))?.size);
    expect(await zip.text(plan.files.find((f) => f.itemId === 'e3')!.fileName)).toBe(
      '[InternetShortcut]\r\nURL=https://example.org/e3\r\n',
    );
    const captions = await zip.text('captions.txt');
    for (const file of plan.files) {
      expect(captions).toContain(`=== ${file.fileName} ===`);
      expect(captions).toContain(file.caption.replace(/\n/g, '\r\n'));
    }
    expect(await zip.text('How to post to Seesaw.txt')).toContain('Google Drive');
    expect(progress.at(-1)).toMatchObject({
      filesDone: plan.files.length + 2,
      filesTotal: plan.files.length + 2,
    });
    await zip.close();
  });

  it('marks flagged files in captions.txt', async () => {
    const { plan, deps } = await setUp();
    const flagged = {
      ...plan,
      files: plan.files.map((f) =>
        f.itemId === 'r2'
          ? { ...f, overLimit: { reason: 'video-too-long' as const, detail: 'Too long, trim it.' } }
          : f,
      ),
    };
    const zip = await readZip(await writeSeesawZipToBlob(deps, flagged));
    expect(await zip.text('captions.txt')).toContain('Note: Too long, trim it.');
    await zip.close();
  });

  it('aborts the output when cancelled, and when a stored file has gone', async () => {
    const { db, plan, deps } = await setUp();
    const controller = new AbortController();
    const sink = blobSink();
    const written = writeSeesawZip(deps, plan, sink.stream, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(written).rejects.toThrow();
    expect(sink.abortReason).toBeDefined();
    expect(sink.closed).toBe(false);

    await db.media.delete('v1');
    await expect(writeSeesawZipToBlob(deps, plan)).rejects.toThrow(/no longer saved/);
  });

  it('names the ZIP with the student’s day', () => {
    expect(seesawZipFileName(new Date(2026, 10, 23, 9).getTime())).toBe(
      'PLP for Seesaw 2026-11-23.zip',
    );
  });
});
