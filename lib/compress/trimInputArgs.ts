/** A time for ffmpeg's command line: seconds with millisecond precision. */
export function ffmpegSeconds(ms: number): string {
  return (Math.max(0, Math.round(ms)) / 1000).toFixed(3);
}

/**
 * Input options that keep [startMs, endMs) of the next input. As input options
 * (before -i) both are positions in the input's own timeline, and ffmpeg seeks
 * instead of decoding everything before the start. With stream copy the video
 * must begin on a keyframe: ffmpeg keeps the packets from the keyframe before
 * startMs and writes an MP4 edit list, so players start at startMs while the
 * file may hold up to one keyframe interval more. A re-encode cuts exactly.
 */
export function trimInputArgs(trim: { startMs: number; endMs: number } | null): string[] {
  if (!trim) return [];
  return ['-ss', ffmpegSeconds(trim.startMs), '-to', ffmpegSeconds(trim.endMs)];
}
