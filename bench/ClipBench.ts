import type { Page } from '@playwright/test';
import type { browser as wxtBrowser } from 'wxt/browser';
import { ClipDriver, type StoredClip } from '../test/e2e/clipDriver';
import { startFixtureServer, type FixtureServer } from '../test/e2e/fixtureServer';
import { CAPTURE_MIN_INTERVAL_MS } from '../lib/capture/pacedCapture';
import type { ClipOutcome } from '../lib/messaging/background';
import type { ClipRequest } from '../lib/clip/clipRequest';
import type { ExtensionSession } from './launchExtension';
import { summarize } from './stats';

// The callbacks below run inside the extension (evaluate), where `chrome` is the real API.
declare const chrome: typeof wxtBrowser;

/**
 * Chrome allows two captureVisibleTab calls a second and the product's pacer
 * starts captures CAPTURE_MIN_INTERVAL_MS (520 ms) apart. Timed operations
 * that capture are separated by this much idle time, so no capture ever waits
 * for the pacer or hits the browser's limit and each sample is one clip's own cost.
 */
export const CAPTURE_GAP_MS = 600;

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in
 * `__name(fn, "name")`. Callbacks handed to `evaluate` (the e2e helpers')
 * carry that call into the page, where it must exist.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn';

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface TimedClip {
  ms: number;
  outcome: ClipOutcome;
  /** Epoch ms (sub-ms precision) at request and answer, comparable with CaptureSpan times. */
  startedAt: number;
  answeredAt: number;
  /** Every captureVisibleTab call the service worker made for this clip. */
  captures: CaptureSpan[];
}

export interface CaptureSpan {
  start: number;
  end: number;
}

export interface PacedCaptures {
  totalMs: number;
  /** How long each captureVisibleTab call itself took. */
  callMs: number[];
}

/**
 * One fixture page in the main window, granted activeTab by a toolbar click,
 * and the e2e suite's control page (an extension page in a window of its
 * own) that sends the service worker its `clip` messages.
 */
export class ClipBench {
  private constructor(
    readonly extension: ExtensionSession,
    readonly server: FixtureServer,
    readonly driver: ClipDriver,
    readonly page: Page,
    readonly tabId: number,
    readonly windowId: number,
  ) {}

  static async open(
    extension: ExtensionSession,
    fixturePath: string,
    viewport: { width: number; height: number },
  ): Promise<ClipBench> {
    const server = await startFixtureServer();
    try {
      const driver = await ClipDriver.create(extension);
      await driver.control.evaluate(KEEP_NAMES_SHIM);
      await extension.serviceWorker.evaluate(KEEP_NAMES_SHIM);
      const page = await driver.openPage(server.url(fixturePath), viewport);
      await driver.clickToolbarButton(page);
      const tabId = await driver.tabId(page);
      const windowId = await extension.serviceWorker.evaluate(
        async (id) => (await chrome.tabs.get(id)).windowId,
        tabId,
      );
      return new ClipBench(extension, server, driver, page, tabId, windowId);
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  /**
   * The background `clip` message, timed inside the control page from just
   * before sendMessage to its answer. The service worker answers after the
   * clip's IndexedDB transaction has committed (strict durability), so this
   * is request to stored. Uses @webext-core/messaging's wire format.
   */
  async clip(kind: ClipRequest['kind'], source: ClipRequest['source']): Promise<TimedClip> {
    const request: ClipRequest = { tabId: this.tabId, kind, source, goalIds: [], skillIds: [] };
    await this.takeCaptures();
    const { ms, startedAt, reply } = await this.driver.control.evaluate(
      async (data) => {
        const message = { id: Date.now(), type: 'clip', data, timestamp: Date.now() };
        const start = performance.now();
        const answer = (await chrome.runtime.sendMessage(message)) as {
          res?: unknown;
          err?: { message?: string };
        };
        return {
          ms: performance.now() - start,
          startedAt: performance.timeOrigin + start,
          reply: answer,
        };
      },
      { request, openSheet: false },
    );
    if (reply.err) throw new Error(`Background rejected clip: ${reply.err.message}`);
    const captures = await this.takeCaptures();
    return {
      ms,
      outcome: reply.res as ClipOutcome,
      startedAt,
      answeredAt: startedAt + ms,
      captures,
    };
  }

  /**
   * Wraps the service worker's captureVisibleTab so each call's start and end
   * are recorded (epoch ms): where a clip's time goes between request,
   * captures and answer. The real call still runs; the wrapper adds a
   * microtask. Installed on first use, in the worker's memory only.
   */
  private async takeCaptures(): Promise<CaptureSpan[]> {
    return this.extension.serviceWorker.evaluate(() => {
      type Spans = { start: number; end: number }[];
      type Tabs = { captureVisibleTab: (...args: unknown[]) => unknown; __plpSpans?: Spans };
      // The product uses the native `browser` where the browser has one, as the polyfill does.
      const scope = globalThis as unknown as {
        browser?: { runtime?: { id?: string }; tabs: Tabs };
      };
      const tabs = (scope.browser?.runtime?.id ? scope.browser.tabs : chrome.tabs) as Tabs;
      if (!tabs.__plpSpans) {
        const spans: Spans = [];
        const original = tabs.captureVisibleTab.bind(tabs);
        tabs.captureVisibleTab = (...args: unknown[]) => {
          // Inline, not a helper: a named function would need tsx's __name in the worker.
          const span = { start: performance.timeOrigin + performance.now(), end: Number.NaN };
          spans.push(span);
          const callback = args.at(-1);
          if (typeof callback === 'function') {
            // Callback style: chrome.runtime.lastError is still set inside the wrapped callback.
            return original(...args.slice(0, -1), (result: unknown) => {
              span.end = performance.timeOrigin + performance.now();
              callback(result);
            });
          }
          return Promise.resolve(original(...args)).finally(() => {
            span.end = performance.timeOrigin + performance.now();
          });
        };
        tabs.__plpSpans = spans;
      }
      return tabs.__plpSpans.splice(0);
    });
  }

  /** A bare captureVisibleTab of the same window from the service worker, timed there. */
  bareCapture(): Promise<number> {
    return this.pacedCaptures(1).then((r) => r.totalMs);
  }

  /**
   * `count` bare captures in the service worker, each started
   * CAPTURE_MIN_INTERVAL_MS after the previous one started, as the pacer
   * spaces a full-page clip's tiles: the capture cost with nothing else.
   */
  async pacedCaptures(count: number): Promise<PacedCaptures> {
    return this.extension.serviceWorker.evaluate(
      async ({ windowId, count, interval }) => {
        const callMs: number[] = [];
        const start = performance.now();
        let lastStart = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < count; i++) {
          const wait = lastStart + interval - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          lastStart = performance.now();
          const dataUrl = await chrome.tabs.captureVisibleTab(windowId, { format: 'png' });
          if (!dataUrl.startsWith('data:image/png')) throw new Error('capture returned no PNG');
          callMs.push(performance.now() - lastStart);
        }
        return { totalMs: performance.now() - start, callMs };
      },
      { windowId: this.windowId, count, interval: CAPTURE_MIN_INTERVAL_MS },
    );
  }

  /** The stored clip, read back with raw IndexedDB to check it is what was asked for. */
  readClip(evidenceId: string): Promise<StoredClip> {
    return this.driver.readClip(evidenceId);
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
    // Closing its only tab closes the control window too.
    await this.driver.control.close().catch(() => undefined);
    await this.server.close();
  }
}

/** Throws unless the clip succeeded; a failed clip's time means nothing. */
export function evidenceIdOf(timed: TimedClip): string {
  if (!timed.outcome.ok) {
    throw new Error(`clip failed: ${JSON.stringify(timed.outcome.failure)}`);
  }
  return timed.outcome.evidenceId;
}

export interface ClipPhases {
  /** Request to the first capture's start: tab checks, clipper ping, page metadata (and scrolling to the top). */
  beforeCaptureMs: number;
  /** First capture's start to the last one's end: captures and the pacing between them. */
  capturingMs: number;
  /** Last capture's end to the answer: decoding, stitching, encoding, thumbnail, hash, IndexedDB commit. */
  afterCaptureMs: number;
  captures: number;
}

/**
 * Splits a clip's time at its captures. Page and service-worker clocks share
 * the epoch to within about a millisecond, which is all this needs.
 */
export function clipPhases(timed: TimedClip): ClipPhases | null {
  const first = timed.captures[0];
  const last = timed.captures.at(-1);
  if (!first || !last) return null;
  return {
    beforeCaptureMs: first.start - timed.startedAt,
    capturingMs: last.end - first.start,
    afterCaptureMs: timed.answeredAt - last.end,
    captures: timed.captures.length,
  };
}

/** Median of each phase over several clips, for the notes under a table. */
export function medianPhases(phases: readonly (ClipPhases | null)[]): ClipPhases | null {
  const known = phases.filter((p): p is ClipPhases => p !== null);
  if (known.length === 0) return null;
  const median = (pick: (p: ClipPhases) => number) => summarize(known.map(pick)).medianMs;
  return {
    beforeCaptureMs: median((p) => p.beforeCaptureMs),
    capturingMs: median((p) => p.capturingMs),
    afterCaptureMs: median((p) => p.afterCaptureMs),
    captures: median((p) => p.captures),
  };
}

/** "before 12 ms, 1 capture 30 ms, after 80 ms" for a note. */
export function describePhases(phases: ClipPhases | null): string {
  if (!phases) return 'phases unknown (no capture was traced)';
  const n = phases.captures;
  return (
    `before the first capture ${phases.beforeCaptureMs.toFixed(0)} ms, ` +
    `${n} capture${n === 1 ? '' : 's'} ${phases.capturingMs.toFixed(0)} ms, ` +
    `after the last capture ${phases.afterCaptureMs.toFixed(0)} ms`
  );
}
