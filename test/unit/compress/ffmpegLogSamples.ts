/**
 * ffmpeg log lines as ffmpeg.wasm 0.12 (FFmpeg 5.1.4) printed them in Chromium
 * for real MediaRecorder recordings (copied from a run in an extension page),
 * one log event per line.
 */

/** `ffmpeg -i` of Chromium's video/webm;codecs=vp8,opus: no duration. */
export const CHROMIUM_WEBM_PROBE = [
  "Input #0, matroska,webm, from '/in1/input.webm':",
  '  Metadata:',
  '    encoder         : Chrome',
  '  Duration: N/A, start: 0.000000, bitrate: N/A',
  '  Stream #0:0(eng): Video: vp8, yuv420p(pc, bt709/bt709/iec61966-2-1, progressive), 1280x720, SAR 1:1 DAR 16:9, 15.15 fps, 15.15 tbr, 1k tbn (default)',
  '    Metadata:',
  '      alpha_mode      : 1',
  '  Stream #0:1(eng): Audio: opus, 48000 Hz, stereo, fltp (default)',
  'At least one output file must be specified',
  'Aborted()',
];

/** `ffmpeg -i` of Chromium's video/mp4;codecs=avc1,opus (fragmented MP4). */
export const CHROMIUM_MP4_PROBE = [
  "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/in1/input.mp4':",
  '  Metadata:',
  '    major_brand     : isom',
  '  Duration: 00:00:05.01, start: 0.000000, bitrate: 1404 kb/s',
  '  Stream #0:0[0x1](und): Video: h264 (Constrained Baseline) (avc1 / 0x31637661), yuvj420p(pc, bt709/bt709/iec61966-2-1, progressive), 1280x720, 1270 kb/s, SAR 1:1 DAR 16:9, 29.92 fps, 30 tbr, 30k tbn (default)',
  '    Metadata:',
  '      handler_name    : VideoHandler',
  '  Stream #0:1[0x2](und): Audio: opus (Opus / 0x7375704F), 48000 Hz, stereo, fltp, 129 kb/s (default)',
  'At least one output file must be specified',
  'Aborted()',
];

/** A video-only recording (no microphone). */
export const VIDEO_ONLY_WEBM_PROBE = [
  "Input #0, matroska,webm, from '/in1/input.webm':",
  '  Duration: N/A, start: 0.000000, bitrate: N/A',
  '  Stream #0:0(eng): Video: vp9, yuv420p(tv, progressive), 1366x767, SAR 1:1 DAR 1366:767, 30 fps, 30 tbr, 1k tbn (default)',
  'At least one output file must be specified',
];

/** The remux job's log: input, mapping, output streams (which must not count as input), stats. */
export const REMUX_JOB_LOG = [
  ...CHROMIUM_MP4_PROBE.slice(0, 8),
  'Stream mapping:',
  '  Stream #0:0 -> #0:0 (copy)',
  '  Stream #0:1 -> #0:1 (opus (native) -> aac (native))',
  "Output #0, mp4, to '/output.mp4':",
  '  Stream #0:0(und): Video: h264 (Constrained Baseline) (avc1 / 0x31637661), yuvj420p(pc, bt709/bt709/iec61966-2-1, progressive), 1280x720 [SAR 1:1 DAR 16:9], q=2-31, 1270 kb/s, 29.92 fps, 30 tbr, 30k tbn (default)',
  '  Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, mono, fltp, 64 kb/s (default)',
  'frame=   32 fps=0.0 q=-1.0 size=       0kB time=00:00:01.05 bitrate=   0.4kbits/s speed= 659x    ',
  '[mp4 @ 0xdf8230] Starting second pass: moving the moov atom to the beginning of the file',
  'frame=  150 fps=0.0 q=-1.0 Lsize=     825kB time=00:00:04.98 bitrate=1354.6kbits/s speed=34.8x    ',
  'video:1876kB audio:40kB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: 0.347666%',
  'Aborted()',
];

/** Stats lines of a re-encode. */
export const ENCODE_STATS = [
  'frame=    1 fps=0.0 q=0.0 size=       0kB time=00:00:00.03 bitrate=  11.3kbits/s speed=0.572x    ',
  'frame=   18 fps=0.0 q=34.0 size=       0kB time=00:00:01.35 bitrate=   0.3kbits/s speed= 2.1x    ',
  'frame=   63 fps= 37 q=34.0 size=       0kB time=00:00:04.23 bitrate=   0.1kbits/s speed= 2.5x    ',
  'frame=   75 fps= 35 q=-1.0 Lsize=     328kB time=00:00:05.02 bitrate= 534.1kbits/s speed=2.34x    ',
];

/** The poster job's first stats line: ffmpeg prints a nonsense negative time before any frame. */
export const NEGATIVE_TIME_STATS =
  'frame=    0 fps=0.0 q=0.0 size=N/A time=-577014:32:22.77 bitrate=N/A speed=N/A    ';

/** `ffmpeg -i` of a finished output. */
export function outputProbe(durationMs: number, audio = true): string[] {
  return [
    "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/output.mp4':",
    `  Duration: ${ffmpegClock(durationMs)}, start: 0.000000, bitrate: 535 kb/s`,
    '  Stream #0:0[0x1](eng): Video: h264 (High) (avc1 / 0x31637661), yuv420p(tv, bt470bg/bt709/iec61966-2-1, progressive), 1280x720 [SAR 1:1 DAR 16:9], 463 kb/s, 15 fps, 15 tbr, 15360 tbn (default)',
    ...(audio
      ? [
          '  Stream #0:1[0x2](eng): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, mono, fltp, 64 kb/s (default)',
        ]
      : []),
    'At least one output file must be specified',
  ];
}

/** HH:MM:SS.cc as ffmpeg prints durations and `time=`. */
export function ffmpegClock(ms: number): string {
  const cs = Math.round(ms / 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** A stats line at the given output time. */
export function statsLine(ms: number): string {
  return `frame=   75 fps= 35 q=-1.0 size=     128kB time=${ffmpegClock(ms)} bitrate= 534.1kbits/s speed=2.34x    `;
}
