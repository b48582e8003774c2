import { describe, expect, it } from 'vitest';
import { describeUnreadableMedia } from '@/lib/export/describeUnreadableMedia';
import type { PlannedMedia } from '@/lib/export/bundle/planBundle';

const plan = {
  evidence: [{ id: 'e1', title: 'Volcano article' }],
  reflections: [{ id: 'r1', title: 'What I learned' }],
} as never;
const media = (id: string, ownerId: string) => ({ id, ownerId }) as PlannedMedia;

describe('describeUnreadableMedia', () => {
  it('says nothing when every file was read', () => {
    expect(describeUnreadableMedia(plan, [])).toBeNull();
  });

  it('names the item whose file was left out', () => {
    expect(describeUnreadableMedia(plan, [media('m1', 'e1')])).toBe(
      '1 stored file couldn’t be read (it may be damaged) and was left out, from “Volcano article”. ' +
        'Everything else is in the bundle, and that item’s title, note and tags are kept.',
    );
  });

  it('counts files and names each item once', () => {
    const text = describeUnreadableMedia(plan, [
      media('m1', 'e1'),
      media('m2', 'e1'),
      media('m3', 'r1'),
    ]);
    expect(text).toMatch(
      /^3 stored files couldn’t be read \(they may be damaged\) and were left out, from “Volcano article”, “What I learned”\. .*those items’/,
    );
  });
});
