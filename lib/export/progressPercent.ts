/** Whole percent for a progress bar; an empty total counts as done, never NaN. */
export function progressPercent(done: number, total: number): number {
  if (!(total > 0)) return done >= total ? 100 : 0;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}
