import {
  BlobReader,
  BlobWriter,
  TextWriter,
  Uint8ArrayReader,
  ZipReader,
  ZipWriter,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import '@/lib/export/bundle/zipLibrary';
import type { PlpDatabase } from '@/lib/db/schema';
import { sha256Hex } from '@/lib/export/bundle/sha256Hex';

export interface ZipFileSpec {
  name: string;
  data: Uint8Array<ArrayBuffer>;
  level?: number;
}

/** Every entry of a ZIP, in order, with its bytes. */
export async function unzipAll(blob: Blob): Promise<ZipFileSpec[]> {
  const reader = new ZipReader(new BlobReader(blob));
  const files: ZipFileSpec[] = [];
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    files.push({ name: entry.filename, data: new Uint8Array(await entry.arrayBuffer()) });
  }
  await reader.close();
  return files;
}

export async function zipAll(files: ZipFileSpec[]): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const file of files) {
    await writer.add(file.name, new Uint8ArrayReader(file.data), { level: file.level ?? 0 });
  }
  return writer.close();
}

/** Re-zips a bundle after changing its manifest and/or files. */
export async function rezip(
  blob: Blob,
  change: {
    manifest?: (manifest: Record<string, unknown>) => unknown;
    files?: (files: ZipFileSpec[]) => ZipFileSpec[];
  },
): Promise<Blob> {
  let files = await unzipAll(blob);
  if (change.manifest) {
    const edit = change.manifest;
    files = files.map((file) =>
      file.name === 'manifest.json'
        ? { ...file, data: encode(JSON.stringify(edit(JSON.parse(decode(file.data))))) }
        : file,
    );
  }
  return zipAll(change.files ? change.files(files) : files);
}

/**
 * Replaces every occurrence of `from` with `to` (same byte length) in a ZIP's
 * raw bytes: how a test forges names zip.js would refuse to write, in both
 * the local header and the central directory.
 */
export async function patchBytes(blob: Blob, from: string, to: string): Promise<Blob> {
  const a = encode(from);
  const b = encode(to);
  if (a.length !== b.length) throw new Error('patch must keep the length');
  const data = new Uint8Array(await blob.arrayBuffer());
  let count = 0;
  for (let i = 0; i + a.length <= data.length; i += 1) {
    if (a.every((byte, j) => data[i + j] === byte)) {
      data.set(b, i);
      count += 1;
    }
  }
  if (count === 0) throw new Error(`"${from}" not found`);
  return new Blob([data]);
}

export const encode = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
export const decode = (data: Uint8Array) => new TextDecoder().decode(data);

/** Everything the database holds, media bytes as hashes, for "unchanged" checks. */
export async function snapshotDb(db: PlpDatabase) {
  const media = await db.media.orderBy('id').toArray();
  return {
    goals: await db.goals.orderBy('id').toArray(),
    skills: await db.skills.orderBy('id').toArray(),
    evidence: await db.evidence.orderBy('id').toArray(),
    reflections: await db.reflections.orderBy('id').toArray(),
    promptSets: await db.promptSets.orderBy('id').toArray(),
    media: await Promise.all(
      media.map(async ({ blob, ...row }) => ({
        ...row,
        sha256: await sha256Hex(blob),
        type: blob.type,
      })),
    ),
  };
}

export { TextWriter };
