import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { toEvidenceRecord, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { planSeesawExport } from '@/lib/export/seesaw/planSeesawExport';
import type { SeesawFile } from '@/lib/export/seesaw/SeesawFile';
import { bytes, DAY, goalRow, mediaOf, seedLibrary, T0 } from '../export/bundleTestKit';
import { reflectionRow } from '../library/libraryFixtures';

const LIMITS = { maxVideoMinutes: 5, maxFileMB: 100 };

function clip(id: string, overrides: Partial<NewEvidence>) {
  return toEvidenceRecord(
    {
      id,
      kind: 'link',
      title: `Clip ${id}`,
      note: '',
      url: `https://example.org/${id}`,
      capturedAt: T0,
      goalIds: [],
      skillIds: [],
      contentHash: id,
      mediaId: null,
      ...overrides,
    },
    T0,
  );
}

const byItem = (files: SeesawFile[]) => new Map(files.map((file) => [file.itemId, file]));

describe('planSeesawExport', () => {
  it('maps every kind to a Seesaw-friendly file, oldest first', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { files, unavailable } = await planSeesawExport(db, { kind: 'everything' }, LIMITS);
    expect(unavailable).toEqual([]);
    const day = (n: number) => new Date(T0 + n * DAY).toISOString().slice(0, 10);
    expect(files.map((f) => [f.itemId, f.fileName, f.mimeType])).toEqual([
      ['e1', `${day(0)} Full page - Volcano essay draft 1.jpg`, 'image/jpeg'],
      ['r1', `${day(0)} Reflection - What I learned.pdf`, 'application/pdf'],
      ['e2', `${day(1)} Article - Lava flows.pdf`, 'application/pdf'],
      ['r2', `${day(1)} Video reflection - My video.mp4`, 'video/mp4'],
      ['e3', `${day(2)} Link - No goal link.url`, 'application/internet-shortcut'],
    ]);
    const item = byItem(files);
    // The full page's parts are stacked into one image, top part first.
    expect(item.get('e1')?.source).toEqual({ type: 'image', mediaIds: ['m1', 'm1p'] });
    expect(item.get('r2')?.source).toEqual({ type: 'media', mediaId: 'v1' });
    expect(item.get('e3')?.source).toEqual({ type: 'url-shortcut', url: 'https://example.org/e3' });
    expect(item.get('e2')?.source).toMatchObject({
      type: 'pdf',
      title: 'Lava flows',
      body: 'Lava is hot',
    });
    expect(item.get('r1')?.source).toMatchObject({ type: 'pdf', body: 'A lot' });
    expect(files.every((f) => f.overLimit === undefined)).toBe(true);
  });

  it('writes captions with goals, skills, note and the clip URL', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { files } = await planSeesawExport(db, { kind: 'everything' }, LIMITS);
    const e2 = byItem(files).get('e2');
    const skill = await db.skills.get('vt-communication');
    expect(e2?.caption).toBe(
      [
        'Lava flows',
        'Goals: CON; Become a better: writer?',
        'Why e2 matters',
        'Source: https://example.org/e2',
        `Date: ${new Date(T0 + DAY).toISOString().slice(0, 10)}`,
      ].join('\n'),
    );
    expect(byItem(files).get('e1')?.caption).toContain(`Skills: ${skill?.name}`);
    // Reflections have no source URL.
    expect(byItem(files).get('r1')?.caption).not.toContain('Source:');
  });

  it('keeps a PNG or JPEG as stored, converts WebP, and uses a snapshot picture or a PDF', async () => {
    const db = freshDb();
    await db.evidence.bulkAdd([
      clip('png', { kind: 'visible', mediaId: 'mp' }),
      clip('webp', { kind: 'region', mediaId: 'mw' }),
      clip('huge', { kind: 'image', mediaId: 'mh', width: 2000, height: 20_000 }),
      clip('snapPic', { kind: 'snapshot', mediaId: 'ms', thumbnailMediaId: 'mst' }),
      clip('snapBare', { kind: 'snapshot', mediaId: 'ms2', excerpt: 'An excerpt' }),
      clip('lost', { kind: 'visible', mediaId: 'gone', title: 'Lost shot' }),
      clip('sel', { kind: 'selection', text: 'Selected words', dir: 'rtl', lang: 'ar' }),
    ]);
    await db.media.bulkAdd([
      mediaOf('mp', 'png', 'image/png', bytes(1, 10)),
      mediaOf('mw', 'webp', 'image/webp', bytes(2, 10)),
      mediaOf('mh', 'huge', 'image/png', bytes(3, 10)),
      mediaOf('ms', 'snapPic', 'multipart/related', 'mhtml'),
      mediaOf('mst', 'snapPic', 'image/jpeg', bytes(4, 10)),
      mediaOf('ms2', 'snapBare', 'multipart/related', 'mhtml'),
    ]);
    const item = byItem((await planSeesawExport(db, { kind: 'everything' }, LIMITS)).files);
    expect(item.get('png')).toMatchObject({
      source: { type: 'media', mediaId: 'mp' },
      mimeType: 'image/png',
    });
    expect(item.get('png')?.fileName).toMatch(/Screenshot - Clip png\.png$/);
    expect(item.get('webp')).toMatchObject({
      source: { type: 'image', mediaIds: ['mw'] },
      mimeType: 'image/jpeg',
    });
    expect(item.get('huge')?.source).toEqual({ type: 'image', mediaIds: ['mh'] });
    expect(item.get('snapPic')).toMatchObject({
      source: { type: 'media', mediaId: 'mst' },
      mimeType: 'image/jpeg',
    });
    expect(item.get('snapBare')?.source).toMatchObject({ type: 'pdf', body: 'An excerpt' });
    // A screenshot whose file is gone still gets a page with its title and address.
    expect(item.get('lost')?.source).toMatchObject({ type: 'pdf', title: 'Lost shot' });
    expect(item.get('sel')?.source).toMatchObject({
      type: 'pdf',
      body: 'Selected words',
      dir: 'rtl',
      lang: 'ar',
    });
  });

  it('gives every file a unique name, even for the same title on the same day', async () => {
    const db = freshDb();
    await db.evidence.bulkAdd([
      clip('a', { title: 'Same' }),
      clip('b', { title: 'Same' }),
      clip('c', { title: 'SAME' }),
      clip('d', { title: 'captions', kind: 'link' }),
    ]);
    const { files } = await planSeesawExport(db, { kind: 'everything' }, LIMITS);
    const names = files.map((f) => f.fileName.toLowerCase());
    expect(new Set(names).size).toBe(4);
    expect(files.map((f) => f.fileName).filter((n) => n.includes(' (2)'))).toHaveLength(1);
    expect(names).not.toContain('captions.txt');
  });

  it('flags, never drops, videos too long, files too large and videos not in MP4', async () => {
    const db = freshDb();
    await db.goals.add(goalRow('g1'));
    await db.reflections.bulkAdd([
      reflectionRow('long', {
        kind: 'recorded',
        mediaId: 'v1',
        durationMs: 12 * 60_000,
        createdAt: T0,
      }),
      reflectionRow('big', {
        kind: 'recorded',
        mediaId: 'v2',
        durationMs: 60_000,
        createdAt: T0 + 1,
      }),
      reflectionRow('webm', {
        kind: 'recorded',
        mediaId: 'v3',
        durationMs: 1000,
        createdAt: T0 + 2,
      }),
      reflectionRow('lostVideo', {
        kind: 'recorded',
        mediaId: 'v4',
        durationMs: 1000,
        createdAt: T0 + 3,
      }),
      reflectionRow('busy', { kind: 'recorded', status: 'processing', createdAt: T0 + 4 }),
    ]);
    await db.media.bulkAdd([
      mediaOf('v1', 'long', 'video/mp4', bytes(1, 100)),
      mediaOf('v2', 'big', 'video/mp4', bytes(2, 3000)),
      mediaOf('v3', 'webm', 'video/webm', bytes(3, 100)),
    ]);
    const small = { maxVideoMinutes: 5, maxFileMB: 2000 / (1024 * 1024) };
    const { files, unavailable } = await planSeesawExport(db, { kind: 'everything' }, small);
    const item = byItem(files);
    expect(item.get('long')?.overLimit?.detail).toBe(
      "This video is 12 minutes; your school's limit for Seesaw is 5 minutes. Trim it in the " +
        'reflection page or post it through Google Drive.',
    );
    expect(item.get('big')?.overLimit?.reason).toBe('file-too-large');
    expect(item.get('webm')).toMatchObject({
      mimeType: 'video/webm',
      overLimit: { reason: 'not-seesaw-format' },
    });
    expect(item.get('webm')?.fileName).toMatch(/\.webm$/);
    expect(unavailable).toEqual([
      expect.objectContaining({
        itemId: 'lostVideo',
        detail: expect.stringContaining('no longer saved'),
      }),
    ]);
    // Still processing: not finished, so not offered (the bundle export does the same).
    expect(item.has('busy')).toBe(false);
  });

  it('follows the chosen scope and leaves the trash out', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { files } = await planSeesawExport(db, { kind: 'goals', goalIds: ['g2'] }, LIMITS);
    expect(files.map((f) => f.itemId).sort()).toEqual(['e2', 'r2']);
    const all = await planSeesawExport(db, { kind: 'everything' }, LIMITS);
    expect(all.files.map((f) => f.itemId)).not.toContain('e4');
  });

  it('names the reflections left out because their video is still being made', async () => {
    const db = freshDb();
    await seedLibrary(db);
    await db.reflections.add(
      reflectionRow('busy', { kind: 'recorded', title: 'Talk', status: 'processing' }),
    );
    const plan = await planSeesawExport(db, { kind: 'everything' }, LIMITS);
    expect(plan.files.map((f) => f.itemId)).not.toContain('busy');
    expect(plan.unavailable).toEqual([]);
    expect(plan.unfinishedReflections).toEqual([
      { id: 'busy', title: 'Talk', status: 'processing' },
    ]);
  });
});
