import { AAC_ARGS } from './buildRemuxArgs';
import { trimInputArgs } from './trimInputArgs';

export interface ReencodeJob {
  inputPath: string;
  outputPath: string;
  /** Output frame rate: 15 keeps a moving cursor smooth; 10 is smaller and faster. */
  fps: number;
  trim: { startMs: number; endMs: number } | null;
}

/**
 * x264 settings measured in /work/shared/FFMPEG-NOTES.md: superfast with
 * mbtree and a short lookahead is the best size/speed trade for screen content
 * in wasm (ultrafast files are 3.5-6x larger). fps comes FIRST in the filter
 * chain: MediaRecorder's WebM makes ffmpeg assume 60 fps, and any other order
 * scales frames that fps then drops. Height is at most 720 and always even
 * (yuv420p needs it; a captured window can be any size).
 */
export function buildReencodeArgs(job: ReencodeJob): string[] {
  const fps = Math.max(1, Math.round(job.fps));
  return [
    '-hide_banner',
    ...trimInputArgs(job.trim),
    '-i',
    job.inputPath,
    '-map',
    '0:v:0',
    '-map',
    '0:a:0?',
    '-vf',
    `fps=${fps},scale=-2:'min(720,trunc(ih/2)*2)'`,
    '-c:v',
    'libx264',
    '-preset',
    'superfast',
    '-x264-params',
    'mbtree=1:rc-lookahead=10',
    '-crf',
    '30',
    '-pix_fmt',
    'yuv420p',
    ...AAC_ARGS,
    '-movflags',
    '+faststart',
    job.outputPath,
  ];
}
