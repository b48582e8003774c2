/**
 * SHA-256 of a blob, as lowercase hex. crypto.subtle has no streaming digest,
 * so each blob is read into memory once, one at a time; a streaming hash would
 * need a library (e.g. hash-wasm) and would keep memory flat for big videos.
 */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
