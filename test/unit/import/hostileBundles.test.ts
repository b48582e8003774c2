import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { importBundle } from '@/lib/import/importBundle';
import { BundleImportError, type BundleImportErrorCode } from '@/lib/import/BundleImportError';
import { DEFAULT_BUNDLE_LIMITS } from '@/lib/import/bundleLimits';
import type { ValidateBundleOptions } from '@/lib/import/validateBundle';
import { bytes, exportBundle, goalRow, seedLibrary } from '../export/bundleTestKit';
import { encode, patchBytes, rezip, snapshotDb, zipAll, type ZipFileSpec } from './importTestKit';

let valid: Blob;
let firstMediaPath: string;

beforeAll(async () => {
  const db = freshDb();
  await seedLibrary(db);
  const exported = await exportBundle(db);
  valid = exported.blob;
  firstMediaPath = exported.manifest.media[0]!.path;
});

/** The import must fail with `code`, and leave a database that already holds data exactly as it was. */
async function expectRejected(
  file: Blob,
  code: BundleImportErrorCode,
  options: ValidateBundleOptions = {},
) {
  const db = freshDb();
  await db.goals.add(goalRow('existing', { title: 'Already here' }));
  const before = await snapshotDb(db);
  const error = await importBundle(db, file, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleImportError);
  expect((error as BundleImportError).code).toBe(code);
  expect((error as BundleImportError).message.length).toBeGreaterThan(10);
  expect(await snapshotDb(db)).toEqual(before);
  return error as BundleImportError;
}

const withFiles = (change: (files: ZipFileSpec[]) => ZipFileSpec[]) =>
  rezip(valid, { files: change });

describe('importing a hostile or broken bundle', () => {
  it('accepts the untouched bundle (the control case)', async () => {
    const db = freshDb();
    await expect(importBundle(db, valid)).resolves.toMatchObject({ updated: 0 });
  });

  it('rejects a file that is not a ZIP', async () => {
    const error = await expectRejected(new Blob([bytes(9, 5000)]), 'not-a-bundle');
    expect(error.message).toBe('This file is not a PLP Companion bundle.');
    await expectRejected(new Blob([]), 'not-a-bundle');
  });

  it('rejects a ZIP without a manifest', async () => {
    await expectRejected(
      await zipAll([{ name: 'photo.png', data: bytes(1, 100) }]),
      'not-a-bundle',
    );
  });

  it.each([
    ['../etc/passwd.png', 'unsafe-path'],
    ['/abs/olute.png', 'unsafe-path'],
    ['C:/Windows/x.png', 'unsafe-path'],
    ['a\\..\\..\\x.png', 'unsafe-path'],
    ['a/./b.png', 'unsafe-path'],
    ['a//b.png', 'unsafe-path'],
  ] as const)('rejects the entry name %j', async (name, code) => {
    const file = await withFiles((files) => [...files, { name, data: encode('x') }]);
    const error = await expectRejected(file, code);
    expect(error.file).toBe(name);
  });

  it('rejects a name forged in the raw bytes (past zip.js, into the central directory)', async () => {
    const file = await patchBytes(
      await zipAll([
        { name: 'zz/aa.png', data: encode('x') },
        { name: 'manifest.json', data: encode('{}') },
      ]),
      'zz/aa.png',
      '../aa.png',
    );
    await expectRejected(file, 'unsafe-path');
  });

  it('rejects two entries with the same name, even differing only in case', async () => {
    const exact = await patchBytes(
      await withFiles((files) => [...files, { name: 'manifest.jsoX', data: encode('{}') }]),
      'manifest.jsoX',
      'manifest.json',
    );
    await expectRejected(exact, 'duplicate-file');
    const cased = await withFiles((files) => [
      ...files,
      { name: firstMediaPath.toUpperCase(), data: encode('x') },
    ]);
    await expectRejected(cased, 'duplicate-file');
  });

  it('rejects a zip bomb by its compression ratio before inflating it', async () => {
    const bomb = await withFiles((files) => [
      ...files,
      { name: 'zeros.bin', data: new Uint8Array(20 * 1024 ** 2), level: 9 },
    ]);
    await expectRejected(bomb, 'suspicious-compression');
  });

  it('rejects bundles over the size and file-count limits', async () => {
    await expectRejected(valid, 'too-large', {
      limits: { ...DEFAULT_BUNDLE_LIMITS, maxTotalBytes: 10_000 },
    });
    await expectRejected(valid, 'too-many-files', {
      limits: { ...DEFAULT_BUNDLE_LIMITS, maxEntries: 3 },
    });
    await expectRejected(valid, 'too-large', {
      limits: { ...DEFAULT_BUNDLE_LIMITS, maxManifestBytes: 100 },
    });
  });

  it('rejects a media file whose bytes do not match its checksum', async () => {
    const tampered = await withFiles((files) =>
      files.map((f) => (f.name === firstMediaPath ? { ...f, data: f.data.map((b) => b ^ 1) } : f)),
    );
    const error = await expectRejected(tampered, 'damaged-file');
    expect(error.message).toBe(
      `The bundle is damaged: ${firstMediaPath} does not match its checksum.`,
    );
  });

  it('rejects a media file of the wrong size', async () => {
    const cut = await withFiles((files) =>
      files.map((f) => (f.name === firstMediaPath ? { ...f, data: f.data.slice(1) } : f)),
    );
    await expectRejected(cut, 'damaged-file');
  });

  it('rejects a bundle missing a listed media file', async () => {
    const error = await expectRejected(
      await withFiles((files) => files.filter((f) => f.name !== firstMediaPath)),
      'missing-file',
    );
    expect(error.file).toBe(firstMediaPath);
  });

  it('rejects a corrupted ZIP (flipped bytes inside a deflated entry)', async () => {
    const data = new Uint8Array(await valid.arrayBuffer());
    const at = data.length - 2000; // inside manifest.json's deflated data, before the directory
    for (let i = at; i < at + 50; i += 1) data[i] = data[i]! ^ 0xff;
    const db = freshDb();
    const before = await snapshotDb(db);
    await expect(importBundle(db, new Blob([data]))).rejects.toBeInstanceOf(BundleImportError);
    expect(await snapshotDb(db)).toEqual(before);
  });

  it.each<[string, (m: Record<string, unknown>) => unknown, BundleImportErrorCode]>([
    ['not JSON', () => undefined, 'invalid-manifest'],
    ['another format', (m) => ({ ...m, format: 'something-else' }), 'not-a-bundle'],
    ['a newer version', (m) => ({ ...m, formatVersion: 2 }), 'newer-version'],
    [
      'a goal without a title',
      (m) => ({ ...m, goals: [{ ...(m.goals as object[])[0], title: '' }] }),
      'invalid-manifest',
    ],
    [
      'a repeated evidence id',
      (m) => ({ ...m, evidence: [...(m.evidence as object[]), (m.evidence as object[])[0]] }),
      'invalid-manifest',
    ],
    [
      'media nobody uses',
      (m) => ({ ...m, media: (m.media as object[]).map((x) => ({ ...x, ownerId: 'nobody' })) }),
      'invalid-manifest',
    ],
    [
      'a media path escaping the bundle',
      (m) => ({
        ...m,
        media: (m.media as object[]).map((x, i) => (i === 0 ? { ...x, path: '../x.png' } : x)),
      }),
      'unsafe-path',
    ],
    [
      'a bad sha256',
      (m) => ({ ...m, media: (m.media as object[]).map((x) => ({ ...x, sha256: 'abc' })) }),
      'invalid-manifest',
    ],
  ])('rejects a manifest with %s', async (_label, edit, code) => {
    await expectRejected(await rezip(valid, { manifest: edit }), code);
  });

  it('stops when cancelled, writing nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expectRejected(valid, 'cancelled', { signal: controller.signal });
  });
});
