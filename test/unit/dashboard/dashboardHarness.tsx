import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import type { RecorderControl } from '@/lib/record/recorderControl';
import type { RecordingRecord, ReflectionRecord } from '@/lib/db/records';
import type { PlpDatabase } from '@/lib/db/schema';
import { DatabaseProvider } from '@/components/app/DatabaseProvider';
import { freshDb } from '../testDb';

/**
 * Renders the real dashboard and popup (jsdom, fake-indexeddb) against a fake
 * RecorderControl: the screens are checked for what they show and which
 * commands they send; the recorder itself has its own tests.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const control = {
  hostedInThisPage: true,
  start: vi.fn<RecorderControl['start']>(async () => ({ ok: true })),
  pause: vi.fn<RecorderControl['pause']>(async () => {}),
  resume: vi.fn<RecorderControl['resume']>(async () => {}),
  stop: vi.fn<RecorderControl['stop']>(async () => {}),
  discard: vi.fn<RecorderControl['discard']>(async () => {}),
  process: vi.fn<RecorderControl['process']>(async () => {}),
  cancelProcessing: vi.fn<RecorderControl['cancelProcessing']>(async () => {}),
} satisfies RecorderControl;

export interface Harness {
  db: PlpDatabase;
  host: HTMLDivElement;
  render: (ui: ReactNode, hash?: string) => Promise<void>;
  /** Waits (in act) until the check passes; fails with the page's HTML. */
  until: (check: () => boolean, what: string) => Promise<void>;
  byTestId: (id: string) => HTMLElement | null;
  all: (testId: string) => HTMLElement[];
  buttonStartingWith: (text: string) => HTMLButtonElement | undefined;
  click: (element: HTMLElement | null | undefined) => Promise<void>;
  write: (work: () => Promise<unknown>) => Promise<void>;
  cleanUp: () => Promise<void>;
}

export async function setUpHarness(): Promise<Harness> {
  vi.clearAllMocks();
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => {};
  window.confirm = () => true;
  const db = freshDb();
  await db.open();
  await db.goals.add(goal);
  const host = document.createElement('div');
  document.body.append(host);
  const root: Root = createRoot(host);
  const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
  return {
    db,
    host,
    byTestId,
    all: (id) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    buttonStartingWith: (text) =>
      [...host.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text)),
    render: async (ui, hash) => {
      if (hash !== undefined) location.hash = hash;
      await act(async () => root.render(<DatabaseProvider db={db}>{ui}</DatabaseProvider>));
    },
    until: async (check, what) => {
      for (let i = 0; i < 150; i++) {
        if (check()) return;
        await sleep(20);
      }
      throw new Error(`Timed out waiting for ${what}:\n${host.innerHTML.slice(0, 2000)}`);
    },
    click: async (element) => {
      if (!element) throw new Error('Nothing to click');
      await act(async () => element.click());
    },
    write: (work) => act(async () => void (await work())),
    cleanUp: async () => {
      await act(async () => root.unmount());
      host.remove();
      db.close();
    },
  };
}

export const goal = {
  id: 'g1',
  title: 'Run a 5K',
  category: 'personal' as const,
  description: '',
  whyItMatters: '',
  successCriteria: '',
  steps: [],
  skillIds: [],
  status: 'active' as const,
  targetDate: null,
  order: 0,
  createdAt: 1,
  updatedAt: 1,
  achievedAt: null,
};

export const sampleRecording = (overrides: Partial<RecordingRecord> = {}): RecordingRecord => ({
  id: 'rec1',
  reflectionId: 'ref1',
  status: 'recording',
  source: 'screen',
  microphone: true,
  webcam: false,
  fps: 15,
  mimeType: 'video/webm',
  createdAt: Date.now() - 70_000,
  countdownEndsAt: null,
  startedAt: Date.now() - 65_000,
  pausedAt: null,
  pausedTotalMs: 0,
  endedAt: null,
  heartbeatAt: Date.now(),
  chunkCount: 1,
  bytes: 1,
  maxMs: 120_000,
  stopReason: null,
  error: null,
  ...overrides,
});

export const sampleReflection = (overrides: Partial<ReflectionRecord> = {}): ReflectionRecord => ({
  id: 'ref1',
  kind: 'recorded',
  title: 'My science fair',
  note: '',
  goalIds: ['g1'],
  skillIds: [],
  recordingId: 'rec1',
  mediaId: null,
  createdAt: 5,
  updatedAt: 5,
  status: 'recording',
  durationMs: null,
  posterMediaId: null,
  failure: null,
  processing: null,
  prompts: ['What did I do?', 'What did I learn?', 'What next?'],
  searchWords: [],
  sortTitle: '',
  deletedAt: null,
  ...overrides,
});
