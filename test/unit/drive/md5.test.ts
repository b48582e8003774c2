import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Md5, md5OfBlob } from '@/lib/export/drive/md5';

const nodeMd5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

describe('Md5', () => {
  it('matches the RFC 1321 test suite', () => {
    const vectors: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
      [
        '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
        '57edf4a22be3c955ac49da2e2107b67a',
      ],
    ];
    for (const [input, expected] of vectors) {
      expect(new Md5().update(new TextEncoder().encode(input)).digestHex()).toBe(expected);
    }
  });

  it('matches node:crypto at every length around the 64-byte block and padding edges', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = randomBytes(length);
      expect(new Md5().update(bytes).digestHex(), `length ${length}`).toBe(nodeMd5(bytes));
    }
  });

  it('gives the same digest however the input is split into updates', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 5000 }),
        fc.array(fc.nat({ max: 5000 }), { maxLength: 12 }),
        (bytes, cuts) => {
          const md5 = new Md5();
          let previous = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const at = Math.min(cut, bytes.length);
            md5.update(bytes.subarray(previous, at));
            previous = at;
          }
          md5.update(bytes.subarray(previous));
          expect(md5.digestHex()).toBe(nodeMd5(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hashes a multi-megabyte input fed in odd-sized pieces', () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const md5 = new Md5();
    for (let at = 0; at < bytes.length; at += 65_537) md5.update(bytes.subarray(at, at + 65_537));
    expect(md5.digestHex()).toBe(nodeMd5(bytes));
  });

  it('refuses to be reused after digest', () => {
    const md5 = new Md5();
    md5.digestHex();
    expect(() => md5.update(new Uint8Array(1))).toThrow();
    expect(() => md5.digestHex()).toThrow();
  });
});

describe('md5OfBlob', () => {
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

  it('hashes an empty blob', async () => {
    expect(await md5OfBlob(new Blob([]))).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});
