/** Narrowest a grid tile may be before the grid drops a column (CSS px). */
export const MIN_TILE_WIDTH = 208;
export const GRID_GAP = 12;

/** How many tiles fit side by side in a container this wide; always at least one. */
export function gridColumns(
  containerWidth: number,
  minTileWidth = MIN_TILE_WIDTH,
  gap = GRID_GAP,
): number {
  if (!(containerWidth > 0)) return 1;
  return Math.max(1, Math.floor((containerWidth + gap) / (minTileWidth + gap)));
}

/** Rows needed for `count` items laid out `columns` to a row. */
export function gridRowCount(count: number, columns: number): number {
  return Math.ceil(count / Math.max(1, columns));
}

/**
 * Cards load in fixed, aligned batches around what is on screen, so scrolling
 * a few rows re-uses the same batch (and its live query) instead of starting
 * a new one per pixel. Returns the item range [start, end) to load.
 */
export function cardWindow(
  firstVisible: number,
  lastVisible: number,
  total: number,
  batchSize = 48,
): { start: number; end: number } {
  if (total <= 0 || lastVisible < firstVisible) return { start: 0, end: 0 };
  const first = Math.max(0, Math.min(firstVisible, total - 1));
  const last = Math.max(first, Math.min(lastVisible, total - 1));
  const start = Math.floor(first / batchSize) * batchSize;
  const end = Math.min(total, (Math.floor(last / batchSize) + 1) * batchSize);
  return { start, end };
}
