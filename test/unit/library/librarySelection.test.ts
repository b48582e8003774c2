import { describe, expect, it } from 'vitest';
import {
  selectedKeys,
  selectedShown,
  selectRange,
  toggleSelected,
} from '@/lib/library/librarySelection';

const keys = ['e:1', 'e:2', 'r:3', 'e:4', 'r:5'];

describe('library selection', () => {
  it('toggles one item without changing the old set', () => {
    const before = new Set(['e:1']);
    const after = toggleSelected(before, 'e:2', true);
    expect([...after]).toEqual(['e:1', 'e:2']);
    expect([...before]).toEqual(['e:1']);
    expect([...toggleSelected(after, 'e:1', false)]).toEqual(['e:2']);
  });

  it('selects a range between the anchor and the clicked item, either direction', () => {
    expect([...selectRange(new Set(), keys, 'e:2', 'r:5', true)].sort()).toEqual(
      ['e:2', 'r:3', 'e:4', 'r:5'].sort(),
    );
    expect([...selectRange(new Set(), keys, 'e:4', 'e:1', true)].sort()).toEqual(
      ['e:1', 'e:2', 'r:3', 'e:4'].sort(),
    );
  });

  it('unchecks a range when the clicked item is unchecked', () => {
    const all = new Set(keys);
    expect([...selectRange(all, keys, 'e:2', 'e:4', false)]).toEqual(['e:1', 'r:5']);
  });

  it('falls back to a toggle without a usable anchor', () => {
    expect([...selectRange(new Set(), keys, null, 'r:3', true)]).toEqual(['r:3']);
    expect([...selectRange(new Set(), keys, 'e:gone', 'r:3', true)]).toEqual(['r:3']);
  });

  it('keeps only selected items still shown, in list order', () => {
    expect(selectedShown(new Set(['r:5', 'e:1', 'e:hidden']), keys)).toEqual(['e:1', 'r:5']);
    expect(selectedShown(new Set(), keys)).toEqual([]);
  });

  it('turns key strings back into library keys', () => {
    expect(selectedKeys(['e:1', 'r:2', 'junk'])).toEqual([
      { table: 'evidence', id: '1' },
      { table: 'reflections', id: '2' },
    ]);
  });
});
