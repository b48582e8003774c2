import type { ConvertMethod, ConvertRequest, ConvertStep } from './CompressEngine';
import type { ProbeInfo } from './parseProbeLog';

export interface Conversion {
  method: ConvertMethod;
  /** remux only: AAC input audio is copied as is (an MP4 we made before), anything else converted. */
  audio: 'copy' | 'aac';
  /** What the progress bar says while the main job runs. */
  step: ConvertStep;
}

/**
 * Remux when the video already is H.264 (Chromium's video/mp4;codecs=avc1
 * recordings, or an MP4 we made): seconds instead of minutes. Re-encode VP8/VP9
 * (Firefox, Chromium WebM) and whenever the student asked for a smaller file.
 */
export function chooseConversion(
  request: Pick<ConvertRequest, 'mimeType' | 'mode' | 'trim'>,
  probe: ProbeInfo,
): Conversion {
  const codec = probe.video?.codec.toLowerCase() ?? '';
  const isH264 = codec === 'h264' || (codec === '' && /avc1|h264/i.test(request.mimeType));
  if (request.mode === 'smaller' || !isH264) {
    return { method: 'reencode', audio: 'aac', step: request.trim ? 'trimming' : 'encoding' };
  }
  return {
    method: 'remux',
    audio: probe.audio?.codec.toLowerCase() === 'aac' ? 'copy' : 'aac',
    step: request.trim ? 'trimming' : 'converting',
  };
}
