/**
 * What an importer accepts before it inflates a single byte: a bundle is a
 * file from anywhere, and a ZIP's central directory can promise anything.
 */
export interface BundleLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  maxManifestBytes: number;
  /** Uncompressed / compressed, checked for entries above ratioCheckFromBytes. */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxEntries: 50_000,
  // Generous for years of clips and videos, far below a bomb's petabytes.
  maxTotalBytes: 8 * 1024 ** 3,
  maxManifestBytes: 256 * 1024 ** 2,
  // Text deflates ~10x, JSON a bit more; 100x only happens on purpose.
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1024 ** 2,
};
