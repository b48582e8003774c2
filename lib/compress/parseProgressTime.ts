const TIME = /time=\s*(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/g;

/**
 * The output position, in ms, from an ffmpeg stats line
 * ("frame=   75 fps=0.0 q=-1.0 size= 631kB time=00:00:05.02 bitrate=..."), or
 * null if the line has none ("time=N/A", other log lines). When several stats
 * lines arrive joined in one message, the last one wins.
 *
 * The "progress" event of @ffmpeg/ffmpeg divides by the input's duration, which
 * MediaRecorder's WebM doesn't have, so progress is computed from this instead.
 */
export function parseProgressTime(line: string): number | null {
  let last: RegExpExecArray | null = null;
  for (const match of line.matchAll(TIME)) last = match;
  if (!last) return null;
  const [, sign, h, m, s] = last;
  const ms = Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
  return sign === '-' ? -ms : ms;
}
