/**
 * `ffmpeg -i file` with no output: ffmpeg prints the input's duration and
 * streams (see parseProbeLog) and exits with an error, which is expected.
 * Cheaper than a second wasm module for ffprobe, and the same parser reads
 * the input section of every job's log.
 */
export function buildProbeArgs(inputPath: string): string[] {
  return ['-hide_banner', '-i', inputPath];
}
