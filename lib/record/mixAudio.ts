export interface AudioInput {
  /** A stream with at least one audio track. */
  stream: MediaStream;
  /** Also play it to the student: Chromium mutes a captured tab otherwise. */
  monitor: boolean;
}

export interface MixedAudio {
  track: MediaStreamTrack;
  close(): void;
}

/**
 * One audio track for the recorder from the tab/display sound and the
 * microphone. MediaRecorder records only the first audio track of a stream,
 * so two sources must be mixed; one unmonitored source is passed through
 * as it is (no AudioContext, nothing to start or resample).
 */
export function mixAudio(
  createAudioContext: () => AudioContext,
  inputs: readonly AudioInput[],
): MixedAudio | null {
  const usable = inputs.filter((input) => input.stream.getAudioTracks().length > 0);
  if (usable.length === 0) return null;
  const [only] = usable;
  if (usable.length === 1 && only && !only.monitor) {
    const track = only.stream.getAudioTracks()[0] as MediaStreamTrack;
    return { track, close: () => undefined };
  }
  const context = createAudioContext();
  const destination = context.createMediaStreamDestination();
  for (const input of usable) {
    const source = context.createMediaStreamSource(input.stream);
    source.connect(destination);
    if (input.monitor) source.connect(context.destination);
  }
  // A context made without a click may start suspended; capture usually lifts
  // that, and asking costs nothing.
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  const track = destination.stream.getAudioTracks()[0];
  if (!track) throw new Error('The audio mixer produced no track.');
  return {
    track,
    close: () => {
      track.stop();
      void context.close().catch(() => undefined);
    },
  };
}
