import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDriveExport } from '@/lib/export/drive/planDriveExport';
import {
  driveCaption,
  generatedItemPage,
  loadDriveItemContent,
} from '@/lib/export/drive/driveItemContent';
import type { PlpDatabase } from '@/lib/db/schema';
import { seedLibrary } from '../export/bundleTestKit';
import { reflectionRow } from '../library/libraryFixtures';
import { freshDb } from '../testDb';

let db: PlpDatabase;
beforeEach(async () => {
  db = freshDb();
  await seedLibrary(db);
});
afterEach(() => db.close());

describe('planDriveExport', () => {
  it('plans one file per live item in its first goal’s folder, media or a generated page', async () => {
    const files = await planDriveExport(db, { kind: 'everything' });
    expect(
      files.map(({ itemId, mediaId, folderKey, folderName, name }) => [
        itemId,
        mediaId,
        folderKey,
        folderName,
        name.replace(/^\d{4}-\d{2}-\d{2} /, ''),
      ]),
    ).toEqual([
      [
        'evidence:e1',
        'm1',
        'goal:g1',
        'Become a better: writer?',
        'Full page - Volcano essay draft 1.png',
      ],
      ['evidence:e2', 'm2', 'goal:g2', 'CON', 'Article - Lava flows.html'],
      ['evidence:e3', null, 'other', 'Other evidence', 'Link - No goal link.html'],
      [
        'reflections:r1',
        null,
        'goal:g1',
        'Become a better: writer?',
        'Reflection - What I learned.html',
      ],
      ['reflections:r2', 'v1', 'goal:g2', 'CON', 'Video reflection - My video.mp4'],
    ]);
    expect(files.every((file) => file.status === 'pending' && file.hash === null)).toBe(true);
  });

  it('follows the chosen scope', async () => {
    const files = await planDriveExport(db, { kind: 'goals', goalIds: ['g2'] });
    expect(files.map((file) => file.itemId)).toEqual(['evidence:e2', 'reflections:r2']);
  });

  it('leaves out a reflection whose video is still being made, as the bundle does', async () => {
    await db.reflections.add(
      reflectionRow('busy', {
        kind: 'recorded',
        status: 'processing',
        goalIds: ['g2'],
        recordingId: 'rec-busy',
      }),
    );
    const files = await planDriveExport(db, { kind: 'goals', goalIds: ['g2'] });
    expect(files.map((file) => file.itemId)).toEqual(['evidence:e2', 'reflections:r2']);
  });
});

describe('Drive item content', () => {
  it('captions with title, goals, skills, note and source', async () => {
    const [e2] = (await planDriveExport(db, { kind: 'everything' })).slice(1);
    const content = await loadDriveItemContent(db, e2!);
    expect(content.description).toBe(
      'Lava flows\nGoal: CON, Become a better: writer?\n\nWhy e2 matters\n\nSource: https://example.org/e2',
    );
    expect(await content.blob.text()).toBe('<p>Lava</p>'.repeat(200));
  });

  it('escapes every text in a generated page and links only http(s)', () => {
    const page = generatedItemPage({
      title: '<script>alert(1)</script>',
      goals: ['A & B'],
      skills: [],
      note: 'line "one"\n\nline <two>',
      url: 'javascript:alert(1)',
      text: '',
    });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('Goal: A &amp; B');
    expect(page).toContain('<p>line &quot;one&quot;</p>\n<p>line &lt;two&gt;</p>');
    expect(page).not.toContain('href');
  });

  it('cuts a very long caption', () => {
    const caption = driveCaption({
      title: 'T',
      goals: [],
      skills: [],
      note: 'x'.repeat(9000),
      url: null,
      text: '',
    });
    expect(caption.length).toBe(4000);
    expect(caption.endsWith('…')).toBe(true);
  });
});
