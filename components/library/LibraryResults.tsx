import { i18n } from '#i18n';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import type { LibraryEntry } from '@/lib/library/libraryQuery';
import type { LibraryCardStore } from '@/lib/library/LibraryCardStore';
import { cardWindow, GRID_GAP, gridColumns, gridRowCount } from '@/lib/library/libraryLayout';
import { useElementWidth } from './useElementWidth';

export type LibraryLayout = 'grid' | 'list';

export interface ItemPosition {
  index: number;
  setSize: number;
}

interface Props {
  entries: readonly LibraryEntry[];
  keys: readonly string[];
  store: LibraryCardStore;
  layout: LibraryLayout;
  /** Names the list for screen readers, e.g. "Evidence, newest first". */
  label: string;
  /** Changes when the list is a new answer (new filters): scrolls back to the top. */
  resetKey: string;
  renderItem: (card: LibraryCard, position: ItemPosition) => ReactNode;
}

/** First guesses of a row's height; real heights are measured as rows render. */
const ESTIMATED_ROW_PX: Record<LibraryLayout, number> = { list: 132, grid: 340 };

/**
 * The library's virtualised list or grid: only the rows on screen (plus a
 * few) are in the page, so 10,000 items scroll like 20. A grid row holds as
 * many tiles as fit the width. Items keep list semantics with their position
 * in the whole list (aria-setsize / aria-posinset), since most are not in the DOM.
 */
export function LibraryResults({
  entries,
  keys,
  store,
  layout,
  label,
  resetKey,
  renderItem,
}: Props) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollerRef);
  const columns = layout === 'grid' ? gridColumns(width) : 1;
  const rowCount = gridRowCount(entries.length, columns);
  // The React Compiler can't memoise useVirtualizer's functions; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the chosen virtualiser
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ESTIMATED_ROW_PX[layout],
    // Measurements belong to one layout: a list row is not a grid row.
    getItemKey: (index) => `${layout}-${columns}-${index}`,
    overscan: layout === 'grid' ? 2 : 6,
  });
  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows.at(-1)?.index ?? -1;
  const { start, end } = cardWindow(
    firstRow * columns,
    (lastRow + 1) * columns - 1,
    entries.length,
  );

  useEffect(() => {
    store.watch(entries.slice(start, end));
  }, [store, entries, start, end]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [virtualizer, resetKey]);

  return (
    <div
      ref={scrollerRef}
      className="library-scroller"
      data-testid="library-scroller"
      data-layout={layout}
    >
      <div
        role="list"
        aria-label={label}
        className={`library-list is-${layout}`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => (
          <div
            key={row.key}
            role="none"
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="library-row"
            style={{
              transform: `translateY(${row.start}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gap: GRID_GAP,
            }}
          >
            {keys.slice(row.index * columns, (row.index + 1) * columns).map((key, offset) => {
              const index = row.index * columns + offset;
              const card = store.get(key);
              const position = { index, setSize: entries.length };
              return card ? (
                <Fragment key={key}>{renderItem(card, position)}</Fragment>
              ) : (
                <div
                  key={key}
                  role="listitem"
                  aria-setsize={position.setSize}
                  aria-posinset={index + 1}
                  aria-busy="true"
                  className="library-item is-loading"
                  data-testid="library-item-loading"
                >
                  <span className="sr-only">{i18n.t('library.page.loadingItem')}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
