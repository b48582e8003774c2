import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  setUpRecordingLifecycle,
  STOP_RECORDING_COMMAND,
} from '@/lib/background/setUpRecordingLifecycle';
import type { PlpDatabase } from '@/lib/db/schema';
import type { RecordingRecord } from '@/lib/db/records';
import { freshDb } from '../testDb';

const NOW = 1_800_000_000_000;

function recording(overrides: Partial<RecordingRecord>): RecordingRecord {
  return {
    id: 'rec-1',
    reflectionId: 'ref-1',
    status: 'recording',
    source: 'tab',
    microphone: true,
    webcam: false,
    fps: 15,
    mimeType: 'video/mp4;codecs=avc1,opus',
    createdAt: NOW - 60_000,
    countdownEndsAt: null,
    startedAt: NOW - 50_000,
    pausedAt: null,
    pausedTotalMs: 0,
    endedAt: null,
    heartbeatAt: NOW - 1_000,
    chunkCount: 50,
    bytes: 1000,
    maxMs: 900_000,
    stopReason: null,
    error: null,
    ...overrides,
  };
}

/** Just the events and calls this wiring uses (fakeBrowser has no commands events). */
function browserDouble() {
  const event = <A extends unknown[]>() => {
    const listeners: ((...args: A) => unknown)[] = [];
    return {
      addListener: (listener: (...args: A) => unknown) => listeners.push(listener),
      trigger: (...args: A) => listeners.forEach((listener) => listener(...args)),
      listenerCount: () => listeners.length,
    };
  };
  return {
    commands: { onCommand: event<[string]>() },
    runtime: { onUpdateAvailable: event<[{ version: string }]>(), reload: vi.fn() },
  };
}

describe('setUpRecordingLifecycle', () => {
  let db: PlpDatabase;
  let fakeBrowser: ReturnType<typeof browserDouble>;
  beforeEach(() => {
    fakeBrowser = browserDouble();
    db = freshDb();
  });
  afterEach(() => db.close());

  it('the stop shortcut stops only recordings whose host is alive', async () => {
    await db.recordings.bulkAdd([
      recording({ id: 'live' }),
      recording({ id: 'dead', heartbeatAt: NOW - 60_000 }),
      recording({ id: 'done', status: 'stopped' }),
    ]);
    const stopRecording = vi.fn(async () => undefined);
    setUpRecordingLifecycle(fakeBrowser as never, { db: () => db, stopRecording, now: () => NOW });
    fakeBrowser.commands.onCommand.trigger(STOP_RECORDING_COMMAND);
    await vi.waitFor(() => expect(stopRecording).toHaveBeenCalledTimes(1));
    expect(stopRecording).toHaveBeenCalledWith('live');
  });

  it('listens for updates, so the browser holds them, and never reloads the extension itself', async () => {
    const reload = fakeBrowser.runtime.reload;
    setUpRecordingLifecycle(fakeBrowser as never, {
      db: () => db,
      stopRecording: async () => undefined,
      now: () => NOW,
    });
    expect(fakeBrowser.runtime.onUpdateAvailable.listenerCount()).toBe(1);
    // Idle or recording alike: runtime.reload() after microphone use lost the extension in
    // Chromium 156 (see setUpRecordingLifecycle), so the update waits for the browser.
    fakeBrowser.runtime.onUpdateAvailable.trigger({ version: '0.2.0' });
    await db.recordings.add(recording({ id: 'live' }));
    fakeBrowser.runtime.onUpdateAvailable.trigger({ version: '0.2.0' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reload).not.toHaveBeenCalled();
  });
});
