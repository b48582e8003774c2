import { describe, expect, it } from 'vitest';
import {
  expiresSentence,
  formatLibraryDate,
  goalFilterLabel,
  itemCount,
  libraryItemTitle,
  libraryKindLabel,
  librarySortLabel,
  libraryThumbnailWord,
  restoredSentence,
  resultsSentence,
  tagSentence,
  trashedSentence,
} from '@/lib/library/libraryText';

describe('library text', () => {
  it('labels every kind, reflections included', () => {
    expect(libraryKindLabel('reflection')).toBe('Reflection');
    expect(libraryKindLabel('article')).toBe('Readable article');
  });

  it('says how many items, singular and plural', () => {
    expect(itemCount(1)).toBe('1 item');
    expect(itemCount(3)).toBe('3 items');
    expect(trashedSentence(3)).toBe('3 items moved to the trash.');
    expect(restoredSentence(1)).toBe('1 item restored.');
    expect(itemCount(1234)).toBe(`${(1234).toLocaleString()} items`);
  });

  it('names sort orders, untitled items, thumbnail words and inactive goals', () => {
    expect(librarySortLabel('title')).toBe('Title (A to Z)');
    expect(libraryItemTitle({ title: '', kind: 'reflection' })).toBe('Untitled reflection');
    expect(libraryItemTitle({ title: '', kind: 'link' })).toBe('Untitled');
    expect(libraryItemTitle({ title: 'Lab report', kind: 'link' })).toBe('Lab report');
    expect(libraryThumbnailWord('region')).toBe('Screenshot');
    expect(libraryThumbnailWord('selection')).toBe('Text');
    expect(goalFilterLabel({ title: 'Robotics', status: 'active' })).toBe('Robotics');
    expect(goalFilterLabel({ title: 'Robotics', status: 'archived' })).toBe('Robotics (archived)');
  });

  it('tells "nothing yet" from "nothing matches"', () => {
    expect(resultsSentence(0, false)).toBe('No items yet.');
    expect(resultsSentence(0, true)).toBe('No items match these filters.');
    expect(resultsSentence(2, true)).toBe('2 items match.');
    expect(resultsSentence(1, false)).toBe('1 item.');
  });

  it('names the tag that was added or removed', () => {
    expect(tagSentence(2, 'Robotics', 'add')).toBe('Tagged 2 items with “Robotics”.');
    expect(tagSentence(1, 'Robotics', 'remove')).toBe('Removed “Robotics” from 1 item.');
  });

  it('says when a trashed item goes for good', () => {
    const at = new Date(2025, 5, 12).getTime();
    expect(expiresSentence(at, at - 1)).toMatch(/^Will be deleted for good on .*2025\.$/);
    expect(expiresSentence(at, at)).toBe(
      'Will be deleted for good the next time the library opens.',
    );
  });

  it('formats an item date with its year', () => {
    expect(formatLibraryDate(new Date(2025, 2, 4).getTime())).toMatch(/2025/);
  });
});
