import { describe, expect, it } from 'vitest';
import { buildPortfolioHtml, PORTFOLIO_PATH } from '@/lib/export/bundle/buildPortfolioHtml';
import { relativeBundleUrl } from '@/lib/export/bundle/portfolioHtmlSafety';
import { BlobReader, TextWriter, ZipReader } from '@/lib/export/bundle/zipLibrary';
import { freshDb } from '../testDb';
import { exportBundle, seedLibrary, T0, DAY } from './bundleTestKit';

describe('writeBundle with portfolioPage', () => {
  it('writes index.html from the final manifest, before manifest.json', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const { blob, manifest } = await exportBundle(
      db,
      { kind: 'everything' },
      { portfolioPage: { timeZone: 'UTC' } },
    );
    const reader = new ZipReader(new BlobReader(blob));
    const entries = await reader.getEntries();
    const names = entries.map((e) => e.filename);
    expect(names.slice(-3)).toEqual([PORTFOLIO_PATH, 'manifest.schema.json', 'manifest.json']);
    const entry = entries.find((e) => e.filename === PORTFOLIO_PATH);
    if (!entry || entry.directory) throw new Error('no index.html');
    const html = await entry.getData(new TextWriter());
    await reader.close();
    expect(html).toBe(
      buildPortfolioHtml(manifest, { generatedAt: T0 + 10 * DAY, timeZone: 'UTC' }),
    );
    for (const media of manifest.media) {
      expect(html).toContain(relativeBundleUrl(media.path));
    }
  });

  it('refuses an extra file that would overwrite index.html', async () => {
    const db = freshDb();
    await seedLibrary(db);
    await expect(
      exportBundle(
        db,
        { kind: 'everything' },
        {
          portfolioPage: {},
          extraFiles: [{ path: 'INDEX.html', data: 'x' }],
        },
      ),
    ).rejects.toThrow(/unusable path/);
  });
});
