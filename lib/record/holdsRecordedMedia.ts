/**
 * Whether recorded chunks hold any media, or only the container's header.
 * Chromium writes an MP4's or WebM's header as the first chunk at once; when
 * the host dies before the first timeslice ends (or under heavy load), that
 * header is all there is, and processing it fails with a misleading error.
 * Such a recording is empty: nothing the student said or showed was saved.
 */

/** Above this many bytes a recording certainly holds frames: no need to read it. */
const SURELY_MEDIA_BYTES = 64 * 1024;

/** Fragmented MP4 media starts with a `moof` box; WebM media with a Cluster element. */
const MEDIA_MARKERS: readonly Uint8Array[] = [
  new TextEncoder().encode('moof'),
  new Uint8Array([0x1f, 0x43, 0xb6, 0x75]),
];

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function holdsRecordedMedia(chunks: readonly { blob: Blob; size: number }[]) {
  const total = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
  if (total === 0) return false;
  if (total >= SURELY_MEDIA_BYTES) return true;
  const bytes = new Uint8Array(await new Blob(chunks.map((c) => c.blob)).arrayBuffer());
  return MEDIA_MARKERS.some((marker) => contains(bytes, marker));
}
