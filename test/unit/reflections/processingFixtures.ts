import type { PlpDatabase } from '@/lib/db/schema';
import type { RecordingRecord, ReflectionRecord } from '@/lib/db/records';
import type {
  CompressEngine,
  ConvertedVideo,
  ConvertOptions,
  ConvertRequest,
} from '@/lib/compress/CompressEngine';

export const T0 = 1_700_000_000_000;

export function reflectionRow(overrides: Partial<ReflectionRecord> = {}): ReflectionRecord {
  return {
    id: 'ref-1',
    kind: 'recorded',
    title: 'How I fixed my essay',
    note: '',
    goalIds: [],
    skillIds: [],
    recordingId: 'rec-1',
    mediaId: null,
    createdAt: T0,
    updatedAt: T0,
    status: 'processing',
    durationMs: 60_000,
    posterMediaId: null,
    failure: null,
    processing: null,
    prompts: [],
    searchWords: [],
    sortTitle: '',
    deletedAt: null,
    ...overrides,
  };
}

export function recordingRow(overrides: Partial<RecordingRecord> = {}): RecordingRecord {
  return {
    id: 'rec-1',
    reflectionId: 'ref-1',
    status: 'stopped',
    source: 'tab',
    microphone: true,
    webcam: false,
    fps: 15,
    mimeType: 'video/webm;codecs=vp8,opus',
    createdAt: T0,
    countdownEndsAt: null,
    startedAt: T0 + 3_000,
    pausedAt: null,
    pausedTotalMs: 0,
    endedAt: T0 + 63_000,
    heartbeatAt: T0 + 63_000,
    chunkCount: 3,
    bytes: 9,
    maxMs: 900_000,
    stopReason: 'student',
    error: null,
    ...overrides,
  };
}

/** A stopped recording with three chunks, stored out of order to prove they are sorted. */
export async function seedRecording(
  db: PlpDatabase,
  options: { reflection?: Partial<ReflectionRecord>; recording?: Partial<RecordingRecord> } = {},
): Promise<void> {
  await db.reflections.add(reflectionRow(options.reflection));
  await db.recordings.add(recordingRow(options.recording));
  for (const seq of [2, 0, 1]) {
    await db.recordingChunks.add({
      recordingId: 'rec-1',
      seq,
      blob: new Blob([`chunk${seq};`]),
      size: 7,
      recordedAt: T0 + 3_000 + (seq + 1) * 20_000,
    });
  }
}

export async function seedMedia(db: PlpDatabase, id: string, text: string, mimeType = 'video/mp4') {
  const blob = new Blob([text], { type: mimeType });
  await db.media.add({ id, ownerId: 'ref-1', mimeType, size: blob.size, blob, createdAt: T0 });
}

type Behaviour = (request: ConvertRequest, options: ConvertOptions) => Promise<ConvertedVideo>;

/** A CompressEngine whose convert does what the test says, remembering every request. */
export function fakeEngine(behaviour: Behaviour) {
  const requests: ConvertRequest[] = [];
  const engine: CompressEngine = {
    core: 'st',
    convert: (request, options = {}) => {
      requests.push(request);
      return behaviour(request, options);
    },
  };
  return { engine, requests };
}

export function convertedVideo(overrides: Partial<ConvertedVideo> = {}): ConvertedVideo {
  return {
    video: new Blob(['the new mp4'], { type: 'video/mp4' }),
    poster: new Blob(['jpeg'], { type: 'image/jpeg' }),
    durationMs: 59_800,
    hasAudio: true,
    method: 'reencode',
    core: 'st',
    ...overrides,
  };
}

/** Resolves when the signal aborts, rejecting like the real engine does. */
export function untilAborted(options: ConvertOptions, error: unknown): Promise<never> {
  return new Promise((_, reject) => {
    options.signal?.addEventListener('abort', () => reject(error), { once: true });
  });
}
