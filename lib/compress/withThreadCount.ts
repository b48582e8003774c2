/**
 * Adds `-threads N` for every input (decoder) and for the output (encoder).
 * core-mt needs an explicit count: left to "auto" it crashes with "function
 * signature mismatch" (measured, /work/shared/FFMPEG-NOTES.md), and 2 is the
 * fastest on these 2-core machines.
 */
export function withThreadCount(args: readonly string[], threads: number): string[] {
  const count = String(threads);
  const out: string[] = [];
  args.forEach((arg, index) => {
    const isOutputPath = index === args.length - 1 && args[index - 1] !== '-i';
    if (arg === '-i' || isOutputPath) out.push('-threads', count);
    out.push(arg);
  });
  return out;
}
