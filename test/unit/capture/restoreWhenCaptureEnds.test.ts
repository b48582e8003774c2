// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { hideFixedAndSticky, restorePage, scrollToY } from '@/lib/capture/page/fullPageScroller';
import { restoreWhenCaptureEnds } from '@/lib/capture/page/restoreWhenCaptureEnds';
import { FULL_PAGE_CAPTURE_PORT } from '@/lib/messaging/clipper';
import type { ExtensionApi } from '@/lib/extensionApi';

type Sender = { id?: string; url?: string; tab?: { id?: number } };

/** A runtime double: `connect` plays the browser delivering a port to the tab. */
function fakeRuntime() {
  const listeners = new Set<(port: FakePort) => void>();
  const runtime = {
    id: 'our-id',
    getURL: (path: string) => `chrome-extension://our-id${path}`,
    onConnect: {
      addListener: (listener: (port: FakePort) => void) => listeners.add(listener),
      removeListener: (listener: (port: FakePort) => void) => listeners.delete(listener),
    },
  };
  const connect = (name: string, sender: Sender) => {
    const port = new FakePort(name, sender);
    listeners.forEach((listener) => listener(port));
    return port;
  };
  return { browser: { runtime } as unknown as Pick<ExtensionApi, 'runtime'>, connect, listeners };
}

class FakePort {
  disconnectedByTab = false;
  private readonly onDisconnectListeners: (() => void)[] = [];
  readonly onDisconnect = {
    addListener: (listener: () => void) => this.onDisconnectListeners.push(listener),
  };
  constructor(
    readonly name: string,
    readonly sender: Sender,
  ) {}
  disconnect() {
    this.disconnectedByTab = true;
  }
  /** The other end went away: the worker stopped or let go. */
  closeFromWorker() {
    this.onDisconnectListeners.forEach((listener) => listener());
  }
}

const worker: Sender = { id: 'our-id', url: 'chrome-extension://our-id/background.js' };

function capturingPage() {
  document.body.innerHTML = '<header style="position: fixed; top: 0">Header</header><p>Text</p>';
  let y = 120;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
  Object.defineProperty(window, 'scrollX', { configurable: true, get: () => 0 });
  window.scrollTo = ((options: ScrollToOptions) => {
    y = options.top ?? 0;
  }) as typeof window.scrollTo;
  return { header: document.querySelector('header')!, scrollY: () => y };
}

afterEach(() => {
  restorePage(window);
  document.body.innerHTML = '';
});

describe('restoreWhenCaptureEnds', () => {
  it('puts the page back when the worker’s port closes mid-capture', async () => {
    const { header, scrollY } = capturingPage();
    const { browser, connect } = fakeRuntime();
    restoreWhenCaptureEnds(browser, window);
    const port = connect(FULL_PAGE_CAPTURE_PORT, worker);
    hideFixedAndSticky(window);
    await scrollToY(window, 2400);
    expect(header.style.getPropertyValue('visibility')).toBe('hidden');

    port.closeFromWorker();
    expect(header.style.getPropertyValue('visibility')).toBe('');
    expect(scrollY()).toBe(120);
  });

  it('leaves a page the worker already restored where the student has scrolled since', async () => {
    const { scrollY } = capturingPage();
    const { browser, connect } = fakeRuntime();
    restoreWhenCaptureEnds(browser, window);
    const port = connect(FULL_PAGE_CAPTURE_PORT, worker);
    await scrollToY(window, 2400);
    restorePage(window);
    window.scrollTo({ top: 500 }); // the student reads on
    port.closeFromWorker();
    expect(scrollY()).toBe(500);
  });

  it('refuses a port from anyone but our worker, and ignores other port names', async () => {
    const { header } = capturingPage();
    const { browser, connect } = fakeRuntime();
    restoreWhenCaptureEnds(browser, window);
    const stranger = connect(FULL_PAGE_CAPTURE_PORT, {
      id: 'evil',
      url: 'chrome-extension://evil/',
    });
    const fromPage = connect(FULL_PAGE_CAPTURE_PORT, {
      id: 'our-id',
      url: 'https://a.example/',
      tab: { id: 3 },
    });
    expect(stranger.disconnectedByTab).toBe(true);
    expect(fromPage.disconnectedByTab).toBe(true);
    const other = connect('something-else', worker);
    expect(other.disconnectedByTab).toBe(false);
    hideFixedAndSticky(window);
    stranger.closeFromWorker();
    other.closeFromWorker();
    expect(header.style.getPropertyValue('visibility')).toBe('hidden');
  });

  it('stops listening when removed', () => {
    const { browser, listeners } = fakeRuntime();
    const stop = restoreWhenCaptureEnds(browser, window);
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
