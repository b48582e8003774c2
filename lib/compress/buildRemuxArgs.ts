import { trimInputArgs } from './trimInputArgs';

/**
 * AAC, because Safari and some school players can't play Opus in MP4; mono 64k
 * suits speech. The "fast" coder is about a third quicker than the default
 * two-loop search, and the audio encode is most of a remux's time.
 */
export const AAC_ARGS = ['-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '64k', '-ac', '1'] as const;

export interface RemuxJob {
  inputPath: string;
  outputPath: string;
  /** copy: the input's audio is already AAC (an MP4 we made); aac: convert (Opus from MediaRecorder). */
  audio: 'copy' | 'aac';
  trim: { startMs: number; endMs: number } | null;
}

/**
 * The fast path for the browser's own H.264: the video is copied untouched,
 * only the audio is converted, and the index goes to the front (+faststart)
 * so the video starts playing before it has fully loaded. With a trim this is
 * a stream-copy cut (see trimInputArgs for the keyframe caveat).
 */
export function buildRemuxArgs(job: RemuxJob): string[] {
  return [
    '-hide_banner',
    ...trimInputArgs(job.trim),
    '-i',
    job.inputPath,
    // First video and (if any) first audio only: the webcam is already painted into the video.
    '-map',
    '0:v:0',
    '-map',
    '0:a:0?',
    '-c:v',
    'copy',
    ...(job.audio === 'copy' ? ['-c:a', 'copy'] : AAC_ARGS),
    '-movflags',
    '+faststart',
    job.outputPath,
  ];
}
