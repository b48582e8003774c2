import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { probeMedia } from './media/ffprobe';
import { seedThroughDataLayer } from './seedThroughDataLayer';
import { ExportPage } from './pages/ExportPage';

let workDir: string;
test.beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'plp-seesaw-e2e-'));
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** A 2-second H.264 + AAC MP4, the format the recorder's processing produces. */
function makeMp4(): string {
  const file = path.join(workDir, 'clip.mp4');
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i'],
    'testsrc=size=320x240:rate=15:duration=2',
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'],
    ...['-movflags', '+faststart', file],
  ]);
  return readFileSync(file).toString('base64');
}

interface Attachment {
  table: 'evidence' | 'reflections';
  id: string;
  /** Fields written over the seeded row, e.g. a reflection made "recorded". */
  fields: Record<string, unknown>;
  media: { id: string; field: 'mediaId'; mimeType: string } & (
    { base64: string } | { drawn: 'image/webp' }
  );
}

/**
 * Gives seeded rows their media: the seed helpers store only HTML clips and
 * written reflections. Written with plain IndexedDB before the Export page
 * opens (it reads fresh on mount). WebP is drawn by the page's own canvas.
 */
async function attachMedia(page: Page, attachments: Attachment[]): Promise<void> {
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plp-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const blobs: Blob[] = [];
    for (const { media } of items) {
      if ('base64' in media) {
        const bytes = Uint8Array.from(atob(media.base64), (c) => c.charCodeAt(0));
        blobs.push(new Blob([bytes], { type: media.mimeType }));
      } else {
        const canvas = new OffscreenCanvas(640, 480);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#3366cc';
        context.fillRect(0, 0, 640, 480);
        blobs.push(await canvas.convertToBlob({ type: media.drawn }));
      }
    }
    const tx = db.transaction(['evidence', 'reflections', 'media'], 'readwrite');
    items.forEach((item, index) => {
      const blob = blobs[index]!;
      tx.objectStore('media').put({
        id: item.media.id,
        ownerId: item.id,
        mimeType: item.media.mimeType,
        size: blob.size,
        blob,
        createdAt: Date.now(),
      });
      const rows = tx.objectStore(item.table);
      const get = rows.get(item.id);
      get.onsuccess = () =>
        rows.put({ ...get.result, ...item.fields, [item.media.field]: item.media.id });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, attachments);
}

const ARABIC = 'البراكين جبال تخرج منها الحمم';

test('lists Seesaw files, copies a caption and downloads them all as a ZIP', async ({
  dashboard,
  extension,
}) => {
  const { page } = dashboard;
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seeded = await seedThroughDataLayer(page, {
    goals: [{ title: 'Understand volcanoes' }],
    evidence: [
      {
        title: 'Volcano article',
        kind: 'article',
        goals: ['Understand volcanoes'],
        url: 'https://example.org/volcano',
        note: 'Explains how magma rises.',
        text: 'Volcanoes form where magma rises through the crust.',
        savedCopyHtml: '<h1>Volcanoes</h1><p>Magma rises.</p>',
      },
      { title: 'Lava screenshot', kind: 'visible', goals: ['Understand volcanoes'] },
      { title: 'Arabic notes', kind: 'selection', text: ARABIC },
      { title: 'Volcano map', kind: 'link', url: 'https://example.org/map' },
    ],
    reflections: [
      { title: 'My volcano talk', note: 'I explained eruptions.', goals: ['Understand volcanoes'] },
      { title: 'My long talk' },
    ],
  });
  const mp4 = makeMp4();
  const [talk, longTalk] = seeded.reflectionIds;
  const recorded = (durationMs: number) => ({ kind: 'recorded', status: 'ready', durationMs });
  await attachMedia(page, [
    {
      table: 'evidence',
      id: seeded.evidenceIds[1]!,
      fields: {},
      media: { id: 'seesaw-webp', field: 'mediaId', mimeType: 'image/webp', drawn: 'image/webp' },
    },
    {
      table: 'reflections',
      id: talk!,
      fields: recorded(2000),
      media: { id: 'seesaw-video', field: 'mediaId', mimeType: 'video/mp4', base64: mp4 },
    },
    {
      table: 'reflections',
      id: longTalk!,
      fields: recorded(12 * 60_000),
      media: { id: 'seesaw-video-2', field: 'mediaId', mimeType: 'video/mp4', base64: mp4 },
    },
  ]);

  await dashboard.open('#/export');
  const exportPage = new ExportPage(page);
  await expect(exportPage.seesawSummary).toHaveText('6 files for Seesaw.');
  const names = {
    article: /^\d{4}-\d{2}-\d{2} Article - Volcano article\.pdf$/,
    screenshot: /^\d{4}-\d{2}-\d{2} Screenshot - Lava screenshot\.jpg$/,
    selection: /^\d{4}-\d{2}-\d{2} Selection - Arabic notes\.pdf$/,
    link: /^\d{4}-\d{2}-\d{2} Link - Volcano map\.url$/,
    video: /^\d{4}-\d{2}-\d{2} Video reflection - My volcano talk\.mp4$/,
    longVideo: /^\d{4}-\d{2}-\d{2} Video reflection - My long talk\.mp4$/,
  };
  for (const name of Object.values(names)) await expect(exportPage.seesawFile(name)).toHaveCount(1);
  await expect(exportPage.seesawFile(names.longVideo)).toContainText(
    "This video is 12 minutes; your school's limit for Seesaw is 5 minutes.",
  );

  await exportPage.copySeesawCaption(names.article);
  await expect(exportPage.seesawAnnouncer).toHaveText('Caption copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^Volcano article\nGoal: Understand volcanoes\nExplains how magma rises\.\nSource: https:\/\/example\.org\/volcano\nDate: \d{4}-\d{2}-\d{2}$/,
  );

  // One file on its own: the WebP screenshot, converted by the page's canvas to a real JPEG.
  const single = await exportPage.downloadSeesawFile(names.screenshot);
  expect(single.suggestedFilename()).toMatch(names.screenshot);
  const jpegPath = path.join(workDir, 'single.jpg');
  await single.saveAs(jpegPath);
  const jpeg = await probeMedia(jpegPath);
  expect(jpeg.video).toMatchObject({ codec: 'mjpeg', width: 640, height: 480 });

  const download = await exportPage.downloadSeesawZip();
  expect(download.suggestedFilename()).toMatch(/^PLP for Seesaw \d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = path.join(workDir, download.suggestedFilename());
  await download.saveAs(zipPath);
  await expect(exportPage.seesawOutcome).toContainText('Saved “PLP for Seesaw');

  expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toContain(
    'No errors detected',
  );
  const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  expect(listing).toHaveLength(8);
  expect(listing).toContain('captions.txt');
  expect(listing).toContain('How to post to Seesaw.txt');
  for (const name of Object.values(names))
    expect(listing.filter((f) => name.test(f))).toHaveLength(1);

  const unzipped = path.join(workDir, 'out');
  execFileSync('unzip', ['-q', zipPath, '-d', unzipped]);
  const file = (pattern: RegExp) =>
    path.join(
      unzipped,
      listing.find((f) => pattern.test(f))!,
    );
  const captions = readFileSync(path.join(unzipped, 'captions.txt'), 'utf8');
  for (const name of listing.filter((f) => !f.endsWith('.txt'))) {
    expect(captions).toContain(`=== ${name} ===`);
  }
  expect(captions).toContain('Explains how magma rises.');
  expect(captions).toContain('Note: This video is 12 minutes');
  expect(readFileSync(file(names.link), 'utf8')).toBe(
    '[InternetShortcut]\r\nURL=https://example.org/map\r\n',
  );
  const pdfText = (pattern: RegExp) => readFileSync(file(pattern)).toString('latin1');
  for (const pdf of [names.article, names.selection]) expect(pdfText(pdf)).toMatch(/^%PDF-/);
  // Latin text stays real PDF text; Arabic, which Helvetica cannot encode, is drawn as page images.
  expect(pdfText(names.article)).not.toContain('/Subtype /Image');
  expect(pdfText(names.selection)).toContain('/Subtype /Image');
  const video = await probeMedia(file(names.video));
  expect(video.video?.codec).toBe('h264');
  expect(video.audio?.codec).toBe('aac');
  expect(dashboard.errors).toEqual([]);
});
