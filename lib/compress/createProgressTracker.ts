export interface ProgressEstimate {
  ratio: number;
  etaMs: number | null;
}

/** Below this much progress or time an ETA is mostly noise (start-up, x264 lookahead). */
const MIN_RATIO_FOR_ETA = 0.03;
const MIN_ELAPSED_FOR_ETA_MS = 1000;

/**
 * Turns "ffmpeg has written up to N ms" into a ratio and a time left, assuming
 * the rest goes as fast as what was done so far. totalMs is what the job will
 * produce (the input's duration, the trimmed length, or the recorder's clock);
 * without it there is no ratio, only "working".
 */
export function createProgressTracker(
  totalMs: number | null,
  now: () => number,
): (processedMs: number) => ProgressEstimate {
  const startedAt = now();
  return (processedMs) => {
    if (!totalMs || totalMs <= 0) return { ratio: 0, etaMs: null };
    const ratio = Math.min(1, Math.max(0, processedMs / totalMs));
    const elapsed = now() - startedAt;
    if (ratio < MIN_RATIO_FOR_ETA || elapsed < MIN_ELAPSED_FOR_ETA_MS)
      return { ratio, etaMs: null };
    return { ratio, etaMs: Math.round((elapsed * (1 - ratio)) / ratio) };
  };
}
