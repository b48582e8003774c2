import * as v from 'valibot';
import { BlobReader, ZipReader, type Entry, type FileEntry } from '../export/bundle/zipLibrary';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PATH,
  bundleManifestSchema,
  type BundleManifest,
} from '../export/bundle/manifestSchema';
import { foldForComparison } from '../export/bundle/bundlePaths';
import { BundleImportError } from './BundleImportError';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './bundleLimits';
import { isSafeEntryName } from './isSafeEntryName';

export interface OpenedBundle {
  manifest: BundleManifest;
  /** File entries by exact name; every name already checked safe and unique. */
  files: ReadonlyMap<string, FileEntry>;
  close(): Promise<void>;
}

/**
 * Opens a bundle and checks everything the ZIP's central directory tells
 * before any data is inflated (entry count, declared sizes, compression
 * ratios, names), then reads and validates manifest.json.
 */
export async function readBundle(
  file: Blob,
  options: { limits?: BundleLimits; signal?: AbortSignal } = {},
): Promise<OpenedBundle> {
  const limits = options.limits ?? DEFAULT_BUNDLE_LIMITS;
  const reader = new ZipReader(new BlobReader(file));
  try {
    let entries: Entry[];
    try {
      // Names are checked below, with errors a student can read.
      entries = await reader.getEntries({ filenameValidation: 'tolerant' });
    } catch (cause) {
      throw new BundleImportError('not-a-bundle', { cause, detail: 'not a readable ZIP' });
    }
    const files = checkDirectory(entries, limits);
    const manifestEntry = files.get(MANIFEST_PATH);
    if (!manifestEntry) throw new BundleImportError('not-a-bundle', { detail: 'no manifest.json' });
    if (manifestEntry.uncompressedSize > limits.maxManifestBytes) {
      throw new BundleImportError('too-large', { file: MANIFEST_PATH });
    }
    const text = await (await readEntryBounded(manifestEntry, options.signal)).text();
    const manifest = parseManifest(text);
    return { manifest, files, close: () => reader.close() };
  } catch (error) {
    await reader.close().catch(() => undefined);
    throw error;
  }
}

function checkDirectory(entries: Entry[], limits: BundleLimits): Map<string, FileEntry> {
  if (entries.length > limits.maxEntries) throw new BundleImportError('too-many-files');
  const files = new Map<string, FileEntry>();
  const folded = new Set<string>();
  let totalBytes = 0;
  for (const entry of entries) {
    const name = entry.filename;
    if (!isSafeEntryName(name)) throw new BundleImportError('unsafe-path', { file: name });
    const key = foldForComparison(name.endsWith('/') ? name.slice(0, -1) : name);
    if (folded.has(key)) throw new BundleImportError('duplicate-file', { file: name });
    folded.add(key);
    if (entry.encrypted) throw new BundleImportError('encrypted', { file: name });
    totalBytes += entry.uncompressedSize;
    if (totalBytes > limits.maxTotalBytes) throw new BundleImportError('too-large', { file: name });
    const ratioApplies = entry.uncompressedSize > limits.ratioCheckFromBytes;
    if (
      ratioApplies &&
      entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio
    ) {
      throw new BundleImportError('suspicious-compression', { file: name });
    }
    if (!entry.directory) files.set(name, entry);
  }
  return files;
}

function parseManifest(text: string): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new BundleImportError('invalid-manifest', { cause, detail: 'not JSON' });
  }
  const header = v.safeParse(
    v.object({ format: v.literal(BUNDLE_FORMAT), formatVersion: v.pipe(v.number(), v.integer()) }),
    json,
  );
  if (!header.success) throw new BundleImportError('not-a-bundle', { detail: 'manifest format' });
  if (header.output.formatVersion > BUNDLE_FORMAT_VERSION)
    throw new BundleImportError('newer-version');
  const parsed = v.safeParse(bundleManifestSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? '(root)';
    throw new BundleImportError('invalid-manifest', { detail: `${where}: ${issue.message}` });
  }
  return parsed.output;
}

/**
 * Inflates one entry into a Blob, refusing more bytes than the directory
 * declared (the limits were checked against that number, and a forged one
 * must not slip a bomb through) and checking its CRC-32.
 */
export async function readEntryBounded(
  entry: FileEntry,
  signal?: AbortSignal,
  type = '',
): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      received += chunk.byteLength;
      if (received > entry.uncompressedSize) throw new Error('entry larger than declared');
      chunks.push(chunk);
    },
  });
  try {
    await entry.getData(sink, { checkCrc32: true, signal });
  } catch (cause) {
    if (signal?.aborted) throw new BundleImportError('cancelled', { cause });
    throw new BundleImportError('damaged-file', { file: entry.filename, cause });
  }
  if (received !== entry.uncompressedSize) {
    throw new BundleImportError('damaged-file', { file: entry.filename, detail: 'size differs' });
  }
  return new Blob(chunks as BlobPart[], { type });
}
