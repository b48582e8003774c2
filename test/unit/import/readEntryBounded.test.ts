import { describe, expect, it } from 'vitest';
import { BlobReader, ZipReader } from '@/lib/export/bundle/zipLibrary';
import { readEntryBounded } from '@/lib/import/readBundle';
import { BundleImportError } from '@/lib/import/BundleImportError';
import { zipAll } from './importTestKit';

/** Rewrites the uncompressed size a central directory record declares: a lying ZIP. */
async function forgeDeclaredSize(blob: Blob, declared: number): Promise<Blob> {
  const data = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(data.buffer);
  for (let i = 0; i + 4 <= data.length; i += 1) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return new Blob([data]);
}

async function onlyEntry(blob: Blob) {
  const reader = new ZipReader(new BlobReader(blob));
  const [entry] = await reader.getEntries();
  if (!entry || entry.directory) throw new Error('no file entry');
  return entry;
}

describe('readEntryBounded', () => {
  it('reads an honest entry', async () => {
    const entry = await onlyEntry(
      await zipAll([{ name: 'a.bin', data: new Uint8Array(5000).fill(7), level: 6 }]),
    );
    const blob = await readEntryBounded(entry, undefined, 'application/octet-stream');
    expect(blob.size).toBe(5000);
    expect(blob.type).toBe('application/octet-stream');
  });

  it.each([0, 6])(
    'refuses an entry that inflates past its declared size (level %i)',
    async (level) => {
      const honest = await zipAll([{ name: 'a.bin', data: new Uint8Array(50_000), level }]);
      const entry = await onlyEntry(await forgeDeclaredSize(honest, 100));
      expect(entry.uncompressedSize).toBe(100);
      const error = await readEntryBounded(entry).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BundleImportError);
      expect((error as BundleImportError).code).toBe('damaged-file');
    },
  );
});
