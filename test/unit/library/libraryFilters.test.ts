import { describe, expect, it } from 'vitest';
import {
  clearedFilters,
  EMPTY_LIBRARY_FILTERS,
  endOfDay,
  hasActiveFilters,
  isLibraryKind,
  isLibrarySort,
  libraryQueryKey,
  parseLibraryFilters,
  startOfDay,
  toLibraryQuery,
} from '@/lib/library/libraryFilters';
import { EMPTY_LIBRARY_QUERY } from '@/lib/library/libraryQuery';

describe('library filters', () => {
  it('turns calendar days into an inclusive local-time range', () => {
    expect(startOfDay('2025-03-04')).toBe(new Date(2025, 2, 4).getTime());
    expect(endOfDay('2025-03-04')).toBe(new Date(2025, 2, 5).getTime() - 1);
    // The last day of a month rolls over correctly.
    expect(endOfDay('2025-12-31')).toBe(new Date(2026, 0, 1).getTime() - 1);
    expect(startOfDay('')).toBeNull();
    expect(endOfDay('not a day')).toBeNull();
  });

  it('maps the controls to a library query', () => {
    expect(toLibraryQuery(EMPTY_LIBRARY_FILTERS)).toEqual(EMPTY_LIBRARY_QUERY);
    expect(
      toLibraryQuery({
        text: 'whales',
        goalId: 'g1',
        skillId: 's1',
        kind: 'reflection',
        from: '2025-01-01',
        to: '2025-01-31',
        sort: 'title',
      }),
    ).toEqual({
      text: 'whales',
      goalIds: ['g1'],
      skillIds: ['s1'],
      kinds: ['reflection'],
      from: new Date(2025, 0, 1).getTime(),
      to: new Date(2025, 1, 1).getTime() - 1,
      sort: 'title',
      trash: false,
    });
    expect(toLibraryQuery(EMPTY_LIBRARY_FILTERS, true).trash).toBe(true);
  });

  it('counts anything but the sort order as a filter', () => {
    expect(hasActiveFilters(EMPTY_LIBRARY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_LIBRARY_FILTERS, sort: 'title' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_LIBRARY_FILTERS, text: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_LIBRARY_FILTERS, text: 'a' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_LIBRARY_FILTERS, kind: 'link' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_LIBRARY_FILTERS, to: '2025-01-01' })).toBe(true);
  });

  it('clears filters but keeps the sort order', () => {
    expect(
      clearedFilters({ ...EMPTY_LIBRARY_FILTERS, goalId: 'g', text: 'x', sort: 'oldest' }),
    ).toEqual({ ...EMPTY_LIBRARY_FILTERS, sort: 'oldest' });
  });

  it('recognises kinds and sorts from form values', () => {
    expect(isLibraryKind('reflection')).toBe(true);
    expect(isLibraryKind('article')).toBe(true);
    expect(isLibraryKind('')).toBe(false);
    expect(isLibrarySort('title')).toBe(true);
    expect(isLibrarySort('random')).toBe(false);
  });

  it('gives equal queries equal keys', () => {
    const a = toLibraryQuery({ ...EMPTY_LIBRARY_FILTERS, goalId: 'g' });
    expect(libraryQueryKey(a)).toBe(libraryQueryKey({ ...a }));
    expect(libraryQueryKey(a)).not.toBe(libraryQueryKey({ ...a, sort: 'oldest' }));
  });

  it('reads stored filters back field by field, dropping what is malformed', () => {
    const good = {
      text: 'whales',
      goalId: 'g1',
      skillId: 's1',
      kind: 'article',
      from: '2025-01-01',
      to: '2025-02-01',
      sort: 'oldest',
    };
    expect(parseLibraryFilters(good)).toEqual(good);
    expect(parseLibraryFilters(null)).toEqual(EMPTY_LIBRARY_FILTERS);
    expect(parseLibraryFilters('nope')).toEqual(EMPTY_LIBRARY_FILTERS);
    expect(
      parseLibraryFilters({ ...good, kind: 'movie', from: '1 Jan', sort: 7, goalId: 3 }),
    ).toEqual({ ...good, kind: '', from: '', sort: 'newest', goalId: '' });
  });
});
