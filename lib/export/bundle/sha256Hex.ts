import { createSHA256 } from 'hash-wasm';

/** Up to this size WebCrypto hashes the whole blob at once; it is faster than any wasm hash. */
const WHOLE_BLOB_LIMIT = 16 * 1024 * 1024;
const SLICE_BYTES = 4 * 1024 * 1024;

/**
 * SHA-256 of a blob, as lowercase hex. crypto.subtle has no streaming digest, so bigger blobs
 * (recordings) go through hash-wasm's incremental SHA-256, 4 MiB at a time: a 500 MB video must
 * not be read into memory whole on a 4 GB Chromebook.
 */
export async function sha256Hex(blob: Blob): Promise<string> {
  if (blob.size <= WHOLE_BLOB_LIMIT) {
    const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(
      '',
    );
  }
  const sha256 = await createSHA256();
  sha256.init();
  for (let start = 0; start < blob.size; start += SLICE_BYTES) {
    const slice = blob.slice(start, Math.min(start + SLICE_BYTES, blob.size));
    sha256.update(new Uint8Array(await slice.arrayBuffer()));
  }
  return sha256.digest('hex');
}
