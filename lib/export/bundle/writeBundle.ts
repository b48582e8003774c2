import { i18n } from '#i18n';
import { BlobReader, TextReader, ZipWriter } from './zipLibrary';
import type { PlpDatabase } from '../../db/schema';
import { sha256Hex } from './sha256Hex';
import { manifestJsonSchemaText } from './manifestJsonSchema';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PATH,
  MANIFEST_SCHEMA_PATH,
  type BundleManifest,
  type BundleMedia,
} from './manifestSchema';
import type { BundlePlan, PlannedMedia } from './planBundle';
import { foldForComparison } from './bundlePaths';
import {
  buildPortfolioHtml,
  PORTFOLIO_PATH,
  type PortfolioHtmlOptions,
} from './buildPortfolioHtml';

export interface BundleProgress {
  bytesDone: number;
  bytesTotal: number;
  /** The path being written. */
  file: string;
}

/** A file added beside the data, e.g. the offline portfolio page. */
export interface ExtraBundleFile {
  path: string;
  data: Blob | string;
}

export interface WriteBundleOptions {
  now: () => number;
  app: { name: string; version: string };
  onProgress?: (progress: BundleProgress) => void;
  signal?: AbortSignal;
  extraFiles?: readonly ExtraBundleFile[];
  /** Adds index.html, the offline portfolio page, built from the final manifest. */
  portfolioPage?: Omit<PortfolioHtmlOptions, 'generatedAt'>;
  /**
   * Given, a stored file that can't be read is left out (its item is exported without it, as
   * when the file is missing) and reported here, so one damaged file doesn't stop the export of
   * everything else. Without it, the export stops with an UnreadableMediaError.
   */
  onUnreadableMedia?: (media: PlannedMedia) => void;
}

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED_TYPES = new Set(['video/mp4', 'image/jpeg', 'image/webp', 'image/png', 'video/webm']);

export class MissingMediaError extends Error {
  constructor(readonly mediaId: string) {
    super(i18n.t('exportFiles.bundle.missingMedia', { id: mediaId }));
    this.name = 'MissingMediaError';
  }
}

/** A stored file whose bytes the browser can no longer read: damaged or removed on disk. */
export class UnreadableMediaError extends Error {
  constructor(readonly media: PlannedMedia) {
    super(i18n.t('exportFiles.bundle.unreadableMedia', { path: media.path }));
    this.name = 'UnreadableMediaError';
  }
}

/**
 * Streams a bundle ZIP into `output`, media blob by media blob, so a 1 GB
 * export never sits in memory (each blob is read once more, whole, to hash
 * it: see sha256Hex). manifest.json goes last because it lists the hashes;
 * readers find it through the ZIP's central directory. On failure or cancel,
 * `output` is aborted (a file being saved is discarded) and the error thrown.
 * Returns the manifest written.
 */
export async function writeBundle(
  db: PlpDatabase,
  plan: BundlePlan,
  output: WritableStream<Uint8Array>,
  options: WriteBundleOptions,
): Promise<BundleManifest> {
  const { onProgress, signal } = options;
  const target = output.getWriter();
  // zip.js locks the stream it is given; this pass-through keeps our own
  // handle on `output` so a failure can abort it.
  const relay = new WritableStream<Uint8Array>({
    write: (chunk) => target.write(chunk),
    close: () => target.close(),
    abort: (reason) => target.abort(reason),
  });
  const zip = new ZipWriter(relay, { signal, bufferedWrite: false });
  const extraFiles = options.extraFiles ?? [];
  const extraBytes = extraFiles.reduce((sum, f) => sum + sizeOf(f.data), 0);
  const bytesTotal = plan.mediaBytes + extraBytes;
  let bytesDone = 0;
  const report = (file: string, within = 0) =>
    onProgress?.({ bytesDone: Math.min(bytesDone + within, bytesTotal), bytesTotal, file });

  try {
    checkExtraPaths(extraFiles, plan, options.portfolioPage !== undefined);
    const media: BundleMedia[] = [];
    for (const planned of plan.media) {
      signal?.throwIfAborted();
      const row = await db.media.get(planned.id);
      if (!row) throw new MissingMediaError(planned.id);
      const sha256 = await readableSha256(row.blob, signal);
      if (sha256 === null) {
        if (!options.onUnreadableMedia) throw new UnreadableMediaError(planned);
        options.onUnreadableMedia(planned);
        bytesDone += planned.size;
        continue;
      }
      report(planned.path);
      await zip.add(planned.path, new BlobReader(row.blob), {
        level: STORED_TYPES.has(bareType(planned.mimeType)) ? 0 : 6,
        lastModDate: new Date(planned.createdAt),
        signal,
        onprogress: async (done) => void report(planned.path, done),
      });
      bytesDone += row.blob.size;
      media.push({ ...planned, size: row.blob.size, sha256 });
    }
    for (const extra of extraFiles) {
      signal?.throwIfAborted();
      report(extra.path);
      const reader =
        typeof extra.data === 'string' ? new TextReader(extra.data) : new BlobReader(extra.data);
      await zip.add(extra.path, reader, { signal });
      bytesDone += sizeOf(extra.data);
    }
    const manifest = buildManifest(plan, media, options);
    const stamp = new Date(manifest.exportedAt);
    if (options.portfolioPage) {
      const html = buildPortfolioHtml(manifest, {
        ...options.portfolioPage,
        generatedAt: manifest.exportedAt,
      });
      report(PORTFOLIO_PATH);
      await zip.add(PORTFOLIO_PATH, new TextReader(html), { lastModDate: stamp, signal });
    }
    await zip.add(MANIFEST_SCHEMA_PATH, new TextReader(manifestJsonSchemaText()), {
      lastModDate: stamp,
      signal,
    });
    await zip.add(MANIFEST_PATH, new TextReader(JSON.stringify(manifest, null, 2)), {
      lastModDate: stamp,
      signal,
    });
    signal?.throwIfAborted();
    await zip.close();
    report(MANIFEST_PATH);
    return manifest;
  } catch (error) {
    await target.abort(error).catch(() => undefined);
    throw error;
  }
}

/**
 * The file's SHA-256, or null when its bytes can't be read (damaged or gone on disk).
 * Hashing reads every byte first, so a damaged file is found before any of it is zipped.
 */
async function readableSha256(blob: Blob, signal: AbortSignal | undefined): Promise<string | null> {
  try {
    return await sha256Hex(blob);
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
}

function buildManifest(
  plan: BundlePlan,
  media: BundleMedia[],
  options: WriteBundleOptions,
): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: options.now(),
    app: options.app,
    scope: plan.scope,
    skills: plan.skills,
    goals: plan.goals,
    evidence: plan.evidence,
    reflections: plan.reflections,
    media,
  };
}

/** Extra files must not collide with the data or each other, nor leave the bundle. */
function checkExtraPaths(
  extraFiles: readonly ExtraBundleFile[],
  plan: BundlePlan,
  withPortfolio: boolean,
): void {
  const taken = new Set(
    [
      MANIFEST_PATH,
      MANIFEST_SCHEMA_PATH,
      ...(withPortfolio ? [PORTFOLIO_PATH] : []),
      ...plan.media.map((m) => m.path),
    ].map(foldForComparison),
  );
  for (const { path } of extraFiles) {
    const unsafe =
      path === '' ||
      path.startsWith('/') ||
      path.includes('\\') ||
      path.split('/').some((s) => s === '..' || s === '.' || s === '');
    if (unsafe || taken.has(foldForComparison(path))) {
      throw new Error(`Bundle extra file has an unusable path: ${path}`);
    }
    taken.add(foldForComparison(path));
  }
}

function bareType(mimeType: string): string {
  return mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
}

function sizeOf(data: Blob | string): number {
  return typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.size;
}
