/** What `ffmpeg -i file` tells about the first input. */
export interface ProbeInfo {
  /** Null for Chromium's MediaRecorder WebM, which has no duration ("Duration: N/A"). */
  durationMs: number | null;
  video: { codec: string; width: number | null; height: number | null } | null;
  audio: { codec: string } | null;
}

const DURATION = /^\s*Duration:\s*(?:N\/A|(\d+):(\d{2}):(\d{2}(?:\.\d+)?))/;
// "  Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1280x720 [SAR 1:1 ...]"
const STREAM = /^\s*Stream #0:\d+(?:\[[^\]]*\])?(?:\([^)]*\))?: (Video|Audio): ([\w-]+)(.*)$/;
const SIZE = /, (\d{2,5})x(\d{2,5})(?=[ ,]|$)/;

/**
 * Reads duration and streams from ffmpeg's log. Only the "Input #0" section
 * counts: a job's log also lists its output streams, which must not be
 * mistaken for the input's. Both native ffmpeg and ffmpeg.wasm print the same
 * lines, so the tests use lines from native ffmpeg.
 */
export function parseProbeLog(lines: readonly string[]): ProbeInfo {
  const info: ProbeInfo = { durationMs: null, video: null, audio: null };
  let inInput = false;
  for (const line of lines) {
    if (/^Input #0\b/.test(line)) {
      inInput = true;
      continue;
    }
    if (/^(Input #[1-9]|Output #|Stream mapping:)/.test(line)) {
      if (inInput) break;
      continue;
    }
    if (!inInput) continue;
    const duration = DURATION.exec(line);
    if (duration) {
      const [, h, m, s] = duration;
      if (h !== undefined && m !== undefined && s !== undefined) {
        info.durationMs = Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
      }
      continue;
    }
    const stream = STREAM.exec(line);
    if (!stream) continue;
    const [, kind, codec = '', rest = ''] = stream;
    // The first stream of each kind is the one a job maps (-map 0:v:0 / 0:a:0?).
    if (kind === 'Video' && !info.video) {
      const size = SIZE.exec(rest);
      info.video = {
        codec,
        width: size ? Number(size[1]) : null,
        height: size ? Number(size[2]) : null,
      };
    } else if (kind === 'Audio' && !info.audio) {
      info.audio = { codec };
    }
  }
  return info;
}
