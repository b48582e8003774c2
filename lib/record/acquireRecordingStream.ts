import type { RecorderHostDeps } from './recorderHostDeps';
import type { RecordingFailure, StartRecordingRequest } from './recorderControl';
import { compositeWebcam } from './compositeWebcam';
import { mapMediaError, type MediaDevice } from './mapMediaError';
import { mixAudio, type MixedAudio } from './mixAudio';

export type AcquireDeps = Pick<
  RecorderHostDeps,
  | 'mediaDevices'
  | 'createAudioContext'
  | 'createCanvas'
  | 'createVideoElement'
  | 'createMediaStream'
  | 'setInterval'
  | 'clearInterval'
  | 'isFirefox'
>;

export type AcquireRequest = Pick<
  StartRecordingRequest,
  'source' | 'tabStreamId' | 'microphone' | 'microphoneDeviceId' | 'webcam' | 'fps'
>;

export interface WatchedTrack {
  track: MediaStreamTrack;
  /** Why the recording stops if this track ends. */
  reason: 'source-ended' | 'device-lost';
}

export interface AcquiredStream {
  /** What MediaRecorder records: one video track and at most one (mixed) audio track. */
  stream: MediaStream;
  watched: WatchedTrack[];
  /** Stops every track, the mixer and the compositor. Safe to call twice. */
  release(): void;
}

export type AcquireOutcome =
  { ok: true; acquired: AcquiredStream } | { ok: false; failure: RecordingFailure };

const WIDTH = 1280;
const HEIGHT = 720;

class MediaRequestFailed extends Error {
  constructor(readonly failure: RecordingFailure) {
    super(failure.detail);
  }
}

/**
 * Asks for the screen (or tab), then the microphone, then the webcam, and
 * builds the one stream to record. The source comes first because the
 * window picker needs the student's click still fresh. On any failure,
 * everything already granted is released.
 */
export async function acquireRecordingStream(
  deps: AcquireDeps,
  request: AcquireRequest,
): Promise<AcquireOutcome> {
  const cleanups: (() => void)[] = [];
  const release = () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };
  const ask = async (device: MediaDevice, get: () => Promise<MediaStream>) => {
    let stream: MediaStream;
    try {
      stream = await get();
    } catch (error) {
      throw new MediaRequestFailed(mapMediaError(error, device));
    }
    cleanups.push(() => stream.getTracks().forEach((track) => track.stop()));
    return stream;
  };
  try {
    if (request.source === 'tab' && !request.tabStreamId) {
      const detail = 'Open PLP Companion from the tab you want to record, then start again.';
      throw new MediaRequestFailed({ reason: 'tab-not-invoked', device: 'tab', detail });
    }
    const device: MediaDevice = request.source === 'tab' ? 'tab' : 'screen';
    const source = await ask(device, () => requestSource(deps, request));
    const sourceVideo = source.getVideoTracks()[0];
    if (!sourceVideo) {
      const detail = 'The chosen source has no picture.';
      throw new MediaRequestFailed({ reason: 'unsupported', device, detail });
    }
    const watched: WatchedTrack[] = source
      .getTracks()
      .map((track) => ({ track, reason: 'source-ended' }));

    const microphone = request.microphone
      ? await ask('microphone', () =>
          deps.mediaDevices.getUserMedia(microphoneConstraints(request)),
        )
      : null;
    const webcam = request.webcam
      ? await ask('camera', () =>
          deps.mediaDevices.getUserMedia({
            video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: request.fps },
          }),
        )
      : null;
    for (const stream of [microphone, webcam]) {
      for (const track of stream?.getTracks() ?? []) watched.push({ track, reason: 'device-lost' });
    }

    const audio = buildAudio(deps, request, source, microphone);
    if (audio) cleanups.push(() => audio.close());
    let video = sourceVideo;
    if (webcam) {
      const composite = await compositeWebcam(deps, {
        screen: source,
        webcam,
        fps: request.fps,
        ...canvasSize(sourceVideo.getSettings()),
      });
      cleanups.push(() => composite.stop());
      video = composite.track;
    }
    const createMediaStream = deps.createMediaStream ?? ((tracks) => new MediaStream(tracks));
    const stream = createMediaStream(audio ? [video, audio.track] : [video]);
    return { ok: true, acquired: { stream, watched, release } };
  } catch (error) {
    release();
    if (error instanceof MediaRequestFailed) return { ok: false, failure: error.failure };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, failure: { reason: 'unsupported', detail } };
  }
}

function requestSource(deps: AcquireDeps, request: AcquireRequest): Promise<MediaStream> {
  if (request.source === 'tab') {
    // Chromium's tabCapture hands over a stream id that getUserMedia redeems.
    const mandatory = { chromeMediaSource: 'tab', chromeMediaSourceId: request.tabStreamId };
    return deps.mediaDevices.getUserMedia({
      audio: { mandatory },
      video: {
        mandatory: { ...mandatory, maxWidth: WIDTH, maxHeight: HEIGHT, maxFrameRate: request.fps },
      },
    } as unknown as MediaStreamConstraints);
  }
  return deps.mediaDevices.getDisplayMedia({
    video: {
      width: { ideal: WIDTH },
      height: { ideal: HEIGHT },
      frameRate: request.fps,
      // Only a hint: the picker opens on the matching list.
      displaySurface: request.source === 'window' ? 'window' : 'monitor',
    },
    // Firefox never shares display audio (and may refuse to be asked).
    audio: !deps.isFirefox,
  });
}

function microphoneConstraints(request: AcquireRequest): MediaStreamConstraints {
  return {
    audio: {
      ...(request.microphoneDeviceId ? { deviceId: { exact: request.microphoneDeviceId } } : {}),
      echoCancellation: true,
      noiseSuppression: true,
    },
  };
}

function buildAudio(
  deps: AcquireDeps,
  request: AcquireRequest,
  source: MediaStream,
  microphone: MediaStream | null,
): MixedAudio | null {
  // A captured tab goes silent for the student unless we play it back.
  const inputs = [{ stream: source, monitor: request.source === 'tab' }];
  if (microphone) inputs.push({ stream: microphone, monitor: false });
  return mixAudio(deps.createAudioContext, inputs);
}

/** The source's shape, at most 1280x720, in even numbers (video encoders want them). */
function canvasSize(settings: MediaTrackSettings): { width: number; height: number } {
  const { width, height } = settings;
  if (!width || !height) return { width: WIDTH, height: HEIGHT };
  const scale = Math.min(1, WIDTH / width, HEIGHT / height);
  const even = (value: number) => Math.max(2, Math.round((value * scale) / 2) * 2);
  return { width: even(width), height: even(height) };
}
