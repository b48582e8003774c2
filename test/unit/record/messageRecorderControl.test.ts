import { describe, expect, it, vi } from 'vitest';
import { messageRecorderControl } from '@/lib/record/messageRecorderControl';
import type { StartRecordingRequest } from '@/lib/record/recorderControl';

const request: StartRecordingRequest = {
  recordingId: 'rec-1',
  reflectionId: 'ref-1',
  source: 'tab',
  tabStreamId: null,
  tabId: 7,
  microphone: true,
  microphoneDeviceId: null,
  webcam: false,
  fps: 15,
  maxMs: 900_000,
  countdownMs: 3_000,
  title: 'My reflection',
  goalIds: [],
  skillIds: [],
  prompts: ['What did I do?'],
};

describe('messageRecorderControl', () => {
  it('gets a tab stream id, makes sure the host exists, then sends the start', async () => {
    const order: string[] = [];
    const send = vi.fn(async (type: string, data: unknown) => {
      order.push(type);
      return { ok: true, data } as never;
    });
    const control = messageRecorderControl({
      send: send as never,
      ensureHost: async () => void order.push('ensureHost'),
      tabStreamId: async (tabId) => (order.push(`stream:${tabId}`), 'stream-xyz'),
    });
    await expect(control.start(request)).resolves.toMatchObject({ ok: true });
    expect(order).toEqual(['stream:7', 'ensureHost', 'recorderStart']);
    expect(send.mock.calls[0]![1]).toMatchObject({ tabStreamId: 'stream-xyz' });
  });

  it('explains a tab the student has not invoked the extension on, without starting a host', async () => {
    const ensureHost = vi.fn(async () => undefined);
    const control = messageRecorderControl({
      send: vi.fn() as never,
      ensureHost,
      tabStreamId: async () => {
        throw new Error('Extension has not been invoked for the current page');
      },
    });
    await expect(control.start(request)).resolves.toMatchObject({
      ok: false,
      failure: { reason: 'tab-not-invoked', device: 'tab' },
    });
    expect(ensureHost).not.toHaveBeenCalled();
  });

  it('reports a host that cannot be created as a failure, not a throw', async () => {
    const control = messageRecorderControl({
      send: vi.fn() as never,
      ensureHost: async () => {
        throw new Error('Only a single offscreen document may be created... no, it crashed');
      },
      tabStreamId: async () => 'id',
    });
    await expect(
      control.start({ ...request, source: 'screen', tabId: null }),
    ).resolves.toMatchObject({
      ok: false,
      failure: { reason: 'host-unavailable' },
    });
  });
});
