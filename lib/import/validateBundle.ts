import type { BundleManifest, MediaRole } from '../export/bundle/manifestSchema';
import { foldForComparison } from '../export/bundle/bundlePaths';
import { sha256Hex } from '../export/bundle/sha256Hex';
import { BundleImportError } from './BundleImportError';
import type { BundleLimits } from './bundleLimits';
import { isSafeEntryName } from './isSafeEntryName';
import { readBundle, readEntryBounded } from './readBundle';

/** A bundle checked from end to end: safe to restore, nothing left to read. */
export interface ValidatedBundle {
  manifest: BundleManifest;
  /** Each media file's bytes, by media id, typed with its MIME type. */
  media: ReadonlyMap<string, Blob>;
}

export interface ValidateBundleOptions {
  limits?: BundleLimits;
  signal?: AbortSignal;
  onProgress?: (progress: { bytesDone: number; bytesTotal: number; file: string }) => void;
}

/**
 * Checks EVERYTHING before anything is written: the ZIP's directory (see
 * readBundle), the manifest's own consistency, and every media file's
 * presence, size and SHA-256. Throws a BundleImportError on the first problem.
 */
export async function validateBundle(
  file: Blob,
  options: ValidateBundleOptions = {},
): Promise<ValidatedBundle> {
  const { signal, onProgress } = options;
  const opened = await readBundle(file, options);
  try {
    const { manifest, files } = opened;
    checkConsistency(manifest);
    const bytesTotal = manifest.media.reduce((sum, m) => sum + m.size, 0);
    let bytesDone = 0;
    const media = new Map<string, Blob>();
    for (const entry of manifest.media) {
      if (signal?.aborted) throw new BundleImportError('cancelled');
      onProgress?.({ bytesDone, bytesTotal, file: entry.path });
      const zipEntry = files.get(entry.path);
      if (!zipEntry) throw new BundleImportError('missing-file', { file: entry.path });
      if (zipEntry.uncompressedSize !== entry.size) {
        throw new BundleImportError('damaged-file', { file: entry.path, detail: 'size differs' });
      }
      const blob = await readEntryBounded(zipEntry, signal, entry.mimeType);
      if ((await sha256Hex(blob)) !== entry.sha256) {
        throw new BundleImportError('damaged-file', { file: entry.path, detail: 'sha256 differs' });
      }
      media.set(entry.id, blob);
      bytesDone += entry.size;
    }
    onProgress?.({ bytesDone, bytesTotal, file: '' });
    return { manifest, media };
  } finally {
    await opened.close().catch(() => undefined);
  }
}

/**
 * The manifest must agree with itself: ids unique per table, every media file
 * at a safe, unique path and claimed by the item it names, in the role it
 * names. Items may point at media the bundle lacks (the source had lost it
 * too) and at goals or skills it lacks (kept as is, like the source).
 */
function checkConsistency(manifest: BundleManifest): void {
  const invalid = (detail: string) => new BundleImportError('invalid-manifest', { detail });
  for (const table of ['skills', 'goals', 'evidence', 'reflections', 'media'] as const) {
    const ids = manifest[table].map((row) => row.id);
    if (new Set(ids).size !== ids.length) throw invalid(`${table}: repeated id`);
  }
  const claims = mediaClaims(manifest);
  const paths = new Set<string>();
  for (const entry of manifest.media) {
    if (!isSafeEntryName(entry.path) || entry.path.endsWith('/')) {
      throw new BundleImportError('unsafe-path', { file: entry.path });
    }
    const key = foldForComparison(entry.path);
    if (paths.has(key)) throw invalid(`media: repeated path ${entry.path}`);
    paths.add(key);
    if (!claims.get(entry.ownerId)?.has(`${entry.role}:${entry.id}`)) {
      throw invalid(`media ${entry.id}: not used by ${entry.ownerId} as ${entry.role}`);
    }
  }
}

/** For each item id: the "role:mediaId" pointers it holds. */
function mediaClaims(manifest: BundleManifest): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  const claim = (ownerId: string, role: MediaRole, id: string | null) => {
    if (id === null) return;
    const set = claims.get(ownerId) ?? new Set<string>();
    set.add(`${role}:${id}`);
    claims.set(ownerId, set);
  };
  for (const item of manifest.evidence) {
    claim(item.id, 'main', item.mediaId);
    claim(item.id, 'thumbnail', item.thumbnailMediaId);
    item.partMediaIds.forEach((id) => claim(item.id, 'part', id));
  }
  for (const item of manifest.reflections) {
    claim(item.id, 'video', item.mediaId);
    claim(item.id, 'poster', item.posterMediaId);
  }
  return claims;
}
