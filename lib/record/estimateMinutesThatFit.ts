/**
 * How many minutes of recording the free space holds at this bitrate.
 * Until processing finishes the video is stored twice (the chunks and the
 * finished file), so each minute needs its bytes twice over.
 * Infinity when the browser does not say how much space there is.
 */
export function estimateMinutesThatFit(
  estimate: StorageEstimate,
  bitsPerSecond: number,
  copies = 2,
): number {
  if (estimate.quota === undefined || bitsPerSecond <= 0) return Infinity;
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  const bytesPerMinute = (bitsPerSecond / 8) * 60 * copies;
  return Math.floor((free / bytesPerMinute) * 10) / 10;
}
