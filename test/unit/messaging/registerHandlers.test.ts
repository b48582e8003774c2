import { describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '@/lib/messaging/registerHandlers';
import { isAllowedSender, type SenderInfo } from '@/lib/messaging/checkSender';
import {
  backgroundSchemas,
  backgroundSenders,
  type BackgroundProtocol,
} from '@/lib/messaging/background';

const self = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const popup: SenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const contentScript: SenderInfo = { id: 'our-id', url: 'https://example.org/', tab: { id: 4 } };
const otherExtension: SenderInfo = { id: 'evil', url: 'chrome-extension://evil/page.html' };

/** A messenger double that lets the test deliver a message as the browser would. */
function fakeMessenger() {
  const listeners = new Map<string, (message: { data: unknown; sender: SenderInfo }) => unknown>();
  return {
    onMessage: (
      type: string,
      handler: (message: { data: unknown; sender: SenderInfo }) => unknown,
    ) => {
      listeners.set(type, handler);
      return () => listeners.delete(type);
    },
    deliver: (type: string, data: unknown, sender: SenderInfo) =>
      listeners.get(type)!({ data, sender }),
    listeners,
  };
}

describe('isAllowedSender', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    expect(isAllowedSender(popup, 'extension-page', self)).toBe(true);
    expect(isAllowedSender(contentScript, 'extension-page', self)).toBe(false);
    expect(isAllowedSender(contentScript, 'content-script', self)).toBe(true);
    expect(isAllowedSender(popup, 'content-script', self)).toBe(false);
    expect(isAllowedSender(otherExtension, 'extension-page', self)).toBe(false);
    expect(isAllowedSender(undefined, 'extension-page', self)).toBe(false);
  });
});

describe('registerHandlers', () => {
  function setUp() {
    const messenger = fakeMessenger();
    const openDashboard = vi.fn();
    const remove = registerHandlers<BackgroundProtocol>({
      messenger,
      schemas: backgroundSchemas,
      senders: backgroundSenders,
      handlers: {
        openDashboard,
        clip: vi.fn(),
        clipLinkOnly: vi.fn(),
        driveExportStart: vi.fn(),
        driveExportCancel: vi.fn(),
        driveExportResume: vi.fn(),
      },
      self,
    });
    return { messenger, openDashboard, remove };
  }

  it('passes a valid message from an allowed sender to its handler', async () => {
    const { messenger, openDashboard } = setUp();
    await messenger.deliver('openDashboard', { view: 'goal', goalId: 'g1' }, popup);
    expect(openDashboard).toHaveBeenCalledWith({ view: 'goal', goalId: 'g1' }, popup);
  });

  it('rejects a content script and another extension', async () => {
    const { messenger, openDashboard } = setUp();
    await expect(
      messenger.deliver('openDashboard', { view: 'goals' }, contentScript),
    ).rejects.toThrow(/sender not allowed/);
    await expect(
      messenger.deliver('openDashboard', { view: 'goals' }, otherExtension),
    ).rejects.toThrow(/sender not allowed/);
    expect(openDashboard).not.toHaveBeenCalled();
  });

  it('rejects a payload of the wrong shape', async () => {
    const { messenger, openDashboard } = setUp();
    for (const bad of [
      null,
      'goals',
      { view: 'settings' },
      { view: 'goal' },
      { view: 'goal', goalId: 'x'.repeat(65) },
    ]) {
      await expect(messenger.deliver('openDashboard', bad, popup)).rejects.toThrow(/rejected/);
    }
    expect(openDashboard).not.toHaveBeenCalled();
  });

  it('unregisters every listener', () => {
    const { messenger, remove } = setUp();
    expect(messenger.listeners.size).toBe(Object.keys(backgroundSchemas).length);
    remove();
    expect(messenger.listeners.size).toBe(0);
  });
});
