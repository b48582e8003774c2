import { mapMediaError } from '../record/mapMediaError';

export type MicrophoneAnswer = 'granted' | 'denied' | 'no-device' | 'error';

/**
 * Asks for the microphone from an extension tab (the offscreen recorder can't show the prompt),
 * then lets go of it at once: the browser remembers the answer for the extension.
 */
export async function requestMicrophone(
  media: Pick<MediaDevices, 'getUserMedia'> | undefined,
): Promise<MicrophoneAnswer> {
  if (!media?.getUserMedia) return 'no-device';
  try {
    const stream = await media.getUserMedia({ audio: true });
    stream.getTracks().forEach((track) => track.stop());
    return 'granted';
  } catch (error) {
    const { reason } = mapMediaError(error, 'microphone');
    if (reason === 'permission-denied') return 'denied';
    if (reason === 'no-device') return 'no-device';
    return 'error';
  }
}
