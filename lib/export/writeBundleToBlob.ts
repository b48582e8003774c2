import type { PlpDatabase } from '../db/schema';
import type { BundlePlan } from './bundle/planBundle';
import { writeBundle, type WriteBundleOptions } from './bundle/writeBundle';

/**
 * Writes a bundle into a Blob through a stream: Response.blob() collects the
 * chunks and Chromium spills large blobs to disk, so a 1 GB export does not
 * have to fit in memory. Rejects with writeBundle's error on failure or cancel.
 */
export async function writeBundleToBlob(
  db: PlpDatabase,
  plan: BundlePlan,
  options: WriteBundleOptions,
): Promise<Blob> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const collected = new Response(readable).blob();
  // writeBundle aborts `writable` on failure, which errors `collected` too;
  // its own error is the one worth showing.
  const [written, blob] = await Promise.allSettled([
    writeBundle(db, plan, writable, options),
    collected,
  ]);
  if (written.status === 'rejected') throw written.reason;
  if (blob.status === 'rejected') throw blob.reason;
  return new Blob([blob.value], { type: 'application/zip' });
}
