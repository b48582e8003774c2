import { describe, expect, it } from 'vitest';
import { cardWindow, gridColumns, gridRowCount } from '@/lib/library/libraryLayout';

describe('library layout', () => {
  it('fits as many tiles as the width allows, at least one', () => {
    expect(gridColumns(0)).toBe(1);
    expect(gridColumns(Number.NaN)).toBe(1);
    expect(gridColumns(100, 200, 10)).toBe(1);
    expect(gridColumns(410, 200, 10)).toBe(2);
    expect(gridColumns(409, 200, 10)).toBe(1);
    expect(gridColumns(1000, 200, 10)).toBe(4);
  });

  it('counts grid rows, rounding up', () => {
    expect(gridRowCount(0, 3)).toBe(0);
    expect(gridRowCount(7, 3)).toBe(3);
    expect(gridRowCount(9, 3)).toBe(3);
    expect(gridRowCount(5, 0)).toBe(5);
  });

  it('loads aligned batches around what is visible', () => {
    expect(cardWindow(0, 10, 10_000, 48)).toEqual({ start: 0, end: 48 });
    // Scrolling within a batch keeps the same window.
    expect(cardWindow(5, 20, 10_000, 48)).toEqual({ start: 0, end: 48 });
    expect(cardWindow(40, 60, 10_000, 48)).toEqual({ start: 0, end: 96 });
    expect(cardWindow(9_990, 9_999, 10_000, 48)).toEqual({ start: 9_984, end: 10_000 });
  });

  it('clamps to the list and handles empty lists', () => {
    expect(cardWindow(0, 10, 0)).toEqual({ start: 0, end: 0 });
    expect(cardWindow(0, 100, 5, 48)).toEqual({ start: 0, end: 5 });
    expect(cardWindow(10, 5, 100)).toEqual({ start: 0, end: 0 });
  });
});
