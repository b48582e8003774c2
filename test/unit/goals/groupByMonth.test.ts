import { describe, expect, it } from 'vitest';
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

  it('gives no groups for no items', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
