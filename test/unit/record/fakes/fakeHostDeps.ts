import { vi } from 'vitest';
import type { PlpDatabase } from '@/lib/db/schema';
import type { RecorderHostDeps } from '@/lib/record/recorderHostDeps';
import type { StartRecordingRequest } from '@/lib/record/recorderControl';
import { FakeClock } from './FakeClock';
import {
  FakeAudioContext,
  FakeMediaRecorder,
  FakeStream,
  fakeStream,
  type FakeTrack,
} from './fakeMedia';

export const baseRequest: StartRecordingRequest = {
  recordingId: 'rec-1',
  reflectionId: 'ref-1',
  source: 'screen',
  tabStreamId: null,
  tabId: null,
  microphone: true,
  microphoneDeviceId: 'mic-2',
  webcam: false,
  fps: 15,
  maxMs: 60_000,
  countdownMs: 0,
  title: 'How I solved the fractions task',
  goalIds: ['goal-1'],
  skillIds: ['skill-1'],
  prompts: ['What did you try first?'],
};

/** A canvas whose 2D calls do nothing and whose captureStream gives one video track. */
export function fakeCanvas() {
  const calls: [string, ...unknown[]][] = [];
  const context = new Proxy(
    {},
    {
      get: (_target, name) =>
        typeof name === 'string' ? (...args: unknown[]) => calls.push([name, ...args]) : undefined,
    },
  );
  const output = fakeStream(['video'], 'canvas');
  return {
    calls,
    /** Names of the 2D calls, in order. */
    get drawn() {
      return calls.map(([name]) => name);
    },
    output,
    getContext: () => context,
    captureStream: vi.fn(() => output),
  };
}

export function fakeVideoElement() {
  return {
    muted: false,
    playsInline: false,
    srcObject: null as unknown,
    videoWidth: 1280,
    videoHeight: 720,
    play: vi.fn(async () => undefined),
    pause: vi.fn(),
  };
}

/** Host dependencies with fakes; the streams each request returns are kept for assertions. */
export function fakeHostDeps(db: PlpDatabase, overrides: Partial<RecorderHostDeps> = {}) {
  const clock = new FakeClock();
  const given: { display: FakeStream[]; user: FakeStream[] } = { display: [], user: [] };
  const canvases: ReturnType<typeof fakeCanvas>[] = [];
  const getDisplayMedia = vi.fn(async (constraints?: DisplayMediaStreamOptions) => {
    const stream = fakeStream(constraints?.audio ? ['video', 'audio'] : ['video'], 'display');
    given.display.push(stream);
    return stream;
  });
  const getUserMedia = vi.fn(async (constraints?: MediaStreamConstraints) => {
    const kinds: ('audio' | 'video')[] = [];
    if (constraints?.video) kinds.push('video');
    if (constraints?.audio) kinds.push('audio');
    const stream = fakeStream(kinds, constraints?.video ? 'user-video' : 'mic');
    given.user.push(stream);
    return stream;
  });
  const process = vi.fn(async (_request: unknown, _signal: AbortSignal) => undefined);
  const deps: RecorderHostDeps = {
    db,
    mediaDevices: { getDisplayMedia, getUserMedia } as unknown as RecorderHostDeps['mediaDevices'],
    MediaRecorder: FakeMediaRecorder as unknown as typeof MediaRecorder,
    createAudioContext: () => new FakeAudioContext() as unknown as AudioContext,
    createCanvas: () => {
      const canvas = fakeCanvas();
      canvases.push(canvas);
      return canvas as unknown as HTMLCanvasElement;
    },
    createVideoElement: () => fakeVideoElement() as unknown as HTMLVideoElement,
    createMediaStream: (tracks) =>
      new FakeStream(tracks as unknown as FakeTrack[]) as unknown as MediaStream,
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    setInterval: clock.setInterval,
    clearInterval: clock.clearInterval,
    estimateStorage: async () => ({ quota: 10_000_000_000, usage: 0 }),
    process,
    hostedInThisPage: false,
    isFirefox: false,
    ...overrides,
  };
  const allTracks = () => [...given.display, ...given.user].flatMap((s) => s.getTracks());
  return { deps, clock, given, canvases, getDisplayMedia, getUserMedia, process, allTracks };
}

/** Lets queued promise work (IndexedDB, fake events) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
