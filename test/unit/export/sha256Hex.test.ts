import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@/lib/export/bundle/sha256Hex';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('hashes small blobs whole, like node:crypto', async () => {
    for (const bytes of [new Uint8Array(0), randomBytes(1), randomBytes(100_000)]) {
      expect(await sha256Hex(new Blob([bytes]))).toBe(nodeSha256(bytes));
    }
  });

  it('hashes a big blob in slices, never reading it whole', async () => {
    const bytes = randomBytes(16 * 1024 * 1024 + 5);
    const blob = new Blob([bytes]);
    let wholeReads = 0;
    blob.arrayBuffer = async () => {
      wholeReads++;
      return bytes.buffer as ArrayBuffer;
    };
    expect(await sha256Hex(blob)).toBe(nodeSha256(bytes));
    expect(wholeReads).toBe(0);
  });
});
