import { describe, expect, it } from 'vitest';
import { freshDb } from '../testDb';
import { planBundle } from '@/lib/export/bundle/planBundle';
import { summarizeBundlePlan } from '@/lib/export/summarizeBundlePlan';
import { exportBundle, seedLibrary } from './bundleTestKit';

describe('summarizeBundlePlan', () => {
  it('counts live items and estimates the size close to the real ZIP', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const plan = await planBundle(db, { kind: 'everything' });
    const summary = summarizeBundlePlan(plan, 'en-US');
    expect(summary.itemCount).toBe(5);
    expect(summary.text).toMatch(
      /^3 evidence items, 2 reflections and 2 goals, about [\d.]+ kB\.$/,
    );
    const { blob } = await exportBundle(db);
    // "About": within a factor of two of what is really written.
    expect(summary.approximateBytes).toBeGreaterThan(blob.size / 2);
    expect(summary.approximateBytes).toBeLessThan(blob.size * 2);
  });

  it('uses the singular and says when nothing matches', async () => {
    const db = freshDb();
    await seedLibrary(db);
    const none = await planBundle(db, { kind: 'dates', from: 0, to: 1 });
    expect(summarizeBundlePlan(none).text).toBe('Nothing matches this choice yet.');
    const one = await planBundle(db, { kind: 'items', keys: [{ table: 'evidence', id: 'e3' }] });
    expect(summarizeBundlePlan(one, 'en-US').text).toMatch(
      /^1 evidence item, 0 reflections and 0 goals, about/,
    );
  });
});
