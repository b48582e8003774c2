import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDb } from '../testDb';
import { BlobReader, TextWriter, ZipReader } from '@/lib/export/bundle/zipLibrary';
import { planBundle } from '@/lib/export/bundle/planBundle';
import {
  UnreadableMediaError,
  writeBundle,
  type BundleProgress,
} from '@/lib/export/bundle/writeBundle';
import type { PlannedMedia } from '@/lib/export/bundle/planBundle';
import { sha256Hex } from '@/lib/export/bundle/sha256Hex';
import { manifestJsonSchemaText } from '@/lib/export/bundle/manifestJsonSchema';
import { blobSink, DAY, exportBundle, seedLibrary, T0, TEST_APP } from './bundleTestKit';

async function listEntries(blob: Blob) {
  const reader = new ZipReader(new BlobReader(blob));
  const entries = await reader.getEntries();
  return { reader, entries };
}

function hasUnzip(): boolean {
  try {
    execFileSync('which', ['unzip'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('writeBundle', () => {
  it('writes every media file under readable paths, then the schema and the manifest', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { blob, manifest } = await exportBundle(db);
    const { reader, entries } = await listEntries(blob);
    const names = entries.map((entry) => entry.filename);
    expect(names).toEqual([
      ...manifest.media.map((m) => m.path),
      'manifest.schema.json',
      'manifest.json',
    ]);
    expect(names).toContain(
      'Become a better writer/2026-03-02 Full page - Volcano essay draft 1.png',
    );
    expect(names).toContain('_CON/2026-03-03 Video reflection - My video.mp4');
    expect(names).toContain('_CON/2026-03-03 Video reflection - My video - poster.jpg');
    const manifestEntry = entries.at(-1);
    if (!manifestEntry || manifestEntry.directory) throw new Error('no manifest');
    const text = await manifestEntry.getData(new TextWriter());
    expect(JSON.parse(text)).toEqual(manifest);
    await reader.close();
  });

  it('records each file size and SHA-256, stores compressed formats and deflates the rest', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { blob, manifest } = await exportBundle(db);
    const { reader, entries } = await listEntries(blob);
    for (const media of manifest.media) {
      const row = await db.media.get(media.id);
      expect(media.size).toBe(row?.blob.size);
      expect(media.sha256).toBe(await sha256Hex(row!.blob));
      const entry = entries.find((e) => e.filename === media.path);
      const stored = ['image/png', 'image/jpeg', 'image/webp', 'video/mp4'].includes(
        media.mimeType,
      );
      if (stored) expect(entry?.compressedSize).toBe(media.size);
      else expect(entry?.compressedSize).toBeLessThan(media.size);
    }
    await reader.close();
  });

  it('ships the manifest JSON Schema and the extra files it is given', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const extraFiles = [
      { path: 'index.html', data: '<!doctype html><title>Portfolio</title>' },
      { path: 'portfolio/style.css', data: new Blob(['body{}']) },
    ];
    const { blob } = await exportBundle(db, { kind: 'everything' }, { extraFiles });
    const { reader, entries } = await listEntries(blob);
    const read = async (name: string) => {
      const entry = entries.find((e) => e.filename === name);
      if (!entry || entry.directory) throw new Error(`missing ${name}`);
      return entry.getData(new TextWriter());
    };
    expect(await read('manifest.schema.json')).toBe(manifestJsonSchemaText());
    expect(await read('index.html')).toContain('Portfolio');
    expect(await read('portfolio/style.css')).toBe('body{}');
    await reader.close();
  });

  it('refuses extra files that would collide or leave the bundle, and aborts the output', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    for (const badPath of [
      'manifest.json',
      '../evil.html',
      '/abs.html',
      'a\\b.html',
      plan.media[0]!.path.toUpperCase(),
    ]) {
      const sink = blobSink();
      await expect(
        writeBundle(db, plan, sink.stream, {
          now: () => T0,
          app: TEST_APP,
          extraFiles: [{ path: badPath, data: 'x' }],
        }),
      ).rejects.toThrow(/unusable path/);
      expect(sink.abortReason).toBeDefined();
    }
  });

  it('reports progress up to the total and stops when cancelled, aborting the output', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    const seen: BundleProgress[] = [];
    await writeBundle(db, plan, blobSink().stream, {
      now: () => T0,
      app: TEST_APP,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.at(-1)).toMatchObject({ bytesDone: plan.mediaBytes, bytesTotal: plan.mediaBytes });
    const done = seen.map((p) => p.bytesDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));

    const controller = new AbortController();
    const sink = blobSink();
    const cancelled = writeBundle(db, plan, sink.stream, {
      now: () => T0,
      app: TEST_APP,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.file === plan.media[1]?.path) controller.abort();
      },
    });
    await expect(cancelled).rejects.toThrow();
    expect(sink.abortReason).toBeDefined();
    expect(sink.closed).toBe(false);
  });

  // One test either way, never a skipped one: its name says which check ran.
  it(
    hasUnzip()
      ? 'passes `unzip -t` (unzip binary found)'
      : 'passes a CRC-checked re-read with zip.js (no unzip binary on this machine)',
    async () => {
      await checkWithExternalTool();
    },
  );
});

/** A blob whose bytes can't be read, as Chromium's when its file on disk is damaged or gone. */
function unreadableBlob(size: number): Blob {
  const blob = new Blob([new Uint8Array(size)]);
  const fail = () =>
    Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
  return Object.assign(blob, { arrayBuffer: fail, slice: () => unreadableBlob(size) });
}

describe('writeBundle with a stored file that can no longer be read', () => {
  async function planWithDamagedFile() {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    const damaged = plan.media[1]!;
    const get = db.media.get.bind(db.media);
    vi.spyOn(db.media, 'get').mockImplementation((async (key: string) => {
      const row = await get(key);
      return row && key === damaged.id ? { ...row, blob: unreadableBlob(row.size) } : row;
    }) as never);
    return { db, plan, damaged };
  }

  it('leaves it out and reports it when asked to, exporting everything else', async () => {
    const { db, plan, damaged } = await planWithDamagedFile();
    const left: PlannedMedia[] = [];
    const sink = blobSink();
    const manifest = await writeBundle(db, plan, sink.stream, {
      now: () => T0,
      app: TEST_APP,
      onUnreadableMedia: (media) => left.push(media),
    });
    expect(left).toEqual([damaged]);
    expect(manifest.media.map((m) => m.id)).toEqual(
      plan.media.filter((m) => m.id !== damaged.id).map((m) => m.id),
    );
    const { reader, entries } = await listEntries(sink.blob());
    expect(entries.map((e) => e.filename)).not.toContain(damaged.path);
    expect(entries.map((e) => e.filename)).toContain('manifest.json');
    await reader.close();
  });

  it('otherwise stops with a message naming the file, and aborts the output', async () => {
    const { db, plan, damaged } = await planWithDamagedFile();
    const sink = blobSink();
    const written = writeBundle(db, plan, sink.stream, { now: () => T0, app: TEST_APP });
    await expect(written).rejects.toBeInstanceOf(UnreadableMediaError);
    await expect(written).rejects.toThrow(`${damaged.path} can't be read: it may be damaged`);
    expect(sink.abortReason).toBeDefined();
  });
});

/** Writes a bundle to /tmp and tests it with unzip -t, or zip.js with CRC checks when unzip is absent. */
async function checkWithExternalTool() {
  const db = freshDb();
  await seedLibrary(db);
  const { blob, manifest } = await exportBundle(db, { kind: 'dates', from: T0, to: T0 + 5 * DAY });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plp-bundle-')), 'bundle.zip');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  if (hasUnzip()) {
    const output = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(output).toContain('No errors detected');
    expect(output).toContain('manifest.json');
  } else {
    const { reader, entries } = await listEntries(blob);
    for (const entry of entries) {
      if (!entry.directory) await entry.getData(new TextWriter(), { checkCrc32: true });
    }
    expect(entries).toHaveLength(manifest.media.length + 2);
    await reader.close();
  }
}
