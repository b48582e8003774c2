/**
 * Small stand-ins for the media APIs the recorder uses. Node has EventTarget
 * and Blob, which is all they need. Only what the recorder touches is here.
 */
let trackCounter = 0;

export class FakeTrack extends EventTarget {
  readonly id = `track-${(trackCounter += 1)}`;
  readyState: 'live' | 'ended' = 'live';
  constructor(
    readonly kind: 'audio' | 'video',
    readonly label: string = kind,
    private readonly settings: MediaTrackSettings = {},
  ) {
    super();
  }
  getSettings(): MediaTrackSettings {
    return this.settings;
  }
  /** Our own stop: like the browser, it fires no `ended`. */
  stop(): void {
    this.readyState = 'ended';
  }
  /** The browser ends it (Stop sharing, device unplugged): `ended` fires. */
  endFromOutside(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

export class FakeStream {
  constructor(private readonly tracks: FakeTrack[]) {}
  getTracks() {
    return [...this.tracks];
  }
  getAudioTracks() {
    return this.tracks.filter((t) => t.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((t) => t.kind === 'video');
  }
}

export function fakeStream(kinds: ('audio' | 'video')[], label = 'source'): FakeStream {
  return new FakeStream(kinds.map((kind) => new FakeTrack(kind, `${label}-${kind}`)));
}

/**
 * MediaRecorder: start/error/stop come asynchronously like the real one.
 * `failing` mime types fire `error` instead of `start`; `supported` limits
 * isTypeSupported (everything when null).
 */
export class FakeMediaRecorder extends EventTarget {
  static instances: FakeMediaRecorder[] = [];
  static supported: Set<string> | null = null;
  static failing = new Set<string>();
  static reset(): void {
    FakeMediaRecorder.instances = [];
    FakeMediaRecorder.supported = null;
    FakeMediaRecorder.failing = new Set();
  }
  static isTypeSupported(mimeType: string): boolean {
    return FakeMediaRecorder.supported?.has(mimeType) ?? true;
  }

  state: RecordingState = 'inactive';
  readonly mimeType: string;
  timeslice: number | undefined;
  /** Bytes the recorder hands over when it stops (the last slice). */
  finalChunkSize = 10;

  constructor(
    readonly stream: FakeStream,
    readonly options: MediaRecorderOptions = {},
  ) {
    super();
    this.mimeType = options.mimeType ?? 'video/webm';
    FakeMediaRecorder.instances.push(this);
  }

  start(timeslice?: number): void {
    if (this.state !== 'inactive') throw new DOMException('already started', 'InvalidStateError');
    this.timeslice = timeslice;
    if (FakeMediaRecorder.failing.has(this.mimeType)) {
      queueMicrotask(() =>
        this.dispatchEvent(
          Object.assign(new Event('error'), {
            error: new DOMException('encoder failed', 'NotSupportedError'),
          }),
        ),
      );
      return;
    }
    this.state = 'recording';
    queueMicrotask(() => this.dispatchEvent(new Event('start')));
  }
  pause(): void {
    this.state = 'paused';
  }
  resume(): void {
    this.state = 'recording';
  }
  stop(): void {
    if (this.state === 'inactive') throw new DOMException('not recording', 'InvalidStateError');
    this.state = 'inactive';
    queueMicrotask(() => {
      if (this.finalChunkSize > 0) this.emit(this.finalChunkSize, 'final');
      this.dispatchEvent(new Event('stop'));
    });
  }
  /** One timeslice of `size` bytes. */
  emit(size: number, label = 'slice'): void {
    const data = new Blob([label.padEnd(size, '.').slice(0, size)]);
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data }));
  }
}

/** The recorder the session really records with (probes come before it). */
export function liveRecorder(): FakeMediaRecorder {
  const recorder = FakeMediaRecorder.instances.at(-1);
  if (!recorder) throw new Error('No recorder was made');
  return recorder;
}

export class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state: AudioContextState = 'running';
  readonly destination = { kind: 'speakers' };
  readonly connections: { from: FakeStream; to: unknown }[] = [];
  readonly output = fakeStream(['audio'], 'mixed');
  closed = false;
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  createMediaStreamDestination() {
    return { stream: this.output };
  }
  createMediaStreamSource(stream: FakeStream) {
    if (stream.getAudioTracks().length === 0)
      throw new DOMException('no audio', 'InvalidStateError');
    return { connect: (to: unknown) => this.connections.push({ from: stream, to }) };
  }
  async resume() {
    this.state = 'running';
  }
  async close() {
    this.closed = true;
  }
}
