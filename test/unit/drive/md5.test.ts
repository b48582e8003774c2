import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md5OfBlob } from '@/lib/export/drive/md5';

const nodeMd5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

describe('md5OfBlob', () => {
  it('matches the RFC 1321 test suite', async () => {
    const vectors: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      [
        '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
        '57edf4a22be3c955ac49da2e2107b67a',
      ],
    ];
    for (const [input, expected] of vectors) {
      expect(await md5OfBlob(new Blob([input]))).toBe(expected);
    }
  });

  it('gives the same digest whatever the slice size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 5000 }),
        fc.integer({ min: 1, max: 6000 }),
        async (bytes, slice) => {
          expect(await md5OfBlob(new Blob([bytes]), slice)).toBe(nodeMd5(bytes));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the blob slice by slice, never all at once', async () => {
    const bytes = randomBytes(1_000_003);
    const blob = new Blob([bytes]);
    const sliceSizes: number[] = [];
    const originalSlice = blob.slice.bind(blob);
    blob.slice = (start?: number, end?: number) => {
      sliceSizes.push((end ?? blob.size) - (start ?? 0));
      return originalSlice(start, end);
    };
    expect(await md5OfBlob(blob, 64 * 1024)).toBe(nodeMd5(bytes));
    expect(Math.max(...sliceSizes)).toBeLessThanOrEqual(64 * 1024);
    expect(sliceSizes.reduce((sum, size) => sum + size, 0)).toBe(bytes.length);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(md5OfBlob(new Blob([randomBytes(10)]), 4, controller.signal)).rejects.toThrow(
      'stop',
    );
  });
});
