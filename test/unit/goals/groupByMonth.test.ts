import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { groupByMonth } from '@/lib/goals/groupByMonth';

const at = (iso: string) => ({ date: Date.parse(iso), name: iso });

describe('groupByMonth', () => {
  it('splits a time-ordered list into calendar months, keeping the order', () => {
    const items = [
      at('2025-11-30T10:00:00Z'),
      at('2026-01-02T08:00:00Z'),
      at('2026-01-31T20:00:00Z'),
      at('2026-03-01T00:00:00Z'),
    ];
    const groups = groupByMonth(items, { locale: 'en-US', timeZone: 'UTC' });
    expect(groups.map((g) => [g.key, g.label, g.items.map((i) => i.name)])).toEqual([
      ['2025-11', 'November 2025', ['2025-11-30T10:00:00Z']],
      ['2026-01', 'January 2026', ['2026-01-02T08:00:00Z', '2026-01-31T20:00:00Z']],
      ['2026-03', 'March 2026', ['2026-03-01T00:00:00Z']],
    ]);
  });

  it('uses the reader’s time zone to decide the month', () => {
    // 1 Feb 03:00 UTC is still 31 January evening in New York.
    const groups = groupByMonth([at('2026-02-01T03:00:00Z')], {
      locale: 'en-US',
      timeZone: 'America/New_York',
    });
    expect(groups.map((g) => [g.key, g.label])).toEqual([['2026-01', 'January 2026']]);
  });

  it('names the months in the language on screen, keeping the keys', () => {
    // The Spanish locale file's meta.lang; setup.ts puts English back after the test.
    fakeBrowser.i18n.getMessage = (name: string) => (name === 'meta_lang' ? 'es' : '');
    const groups = groupByMonth([at('2025-11-30T10:00:00Z')], { timeZone: 'UTC' });
    expect(groups.map((g) => [g.key, g.label])).toEqual([['2025-11', 'noviembre de 2025']]);
  });

  it('gives no groups for no items', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
