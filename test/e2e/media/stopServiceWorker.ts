import type { Page } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';
import { extensionTargets, pollUntil, withBrowserCdp } from './extensionTargets';

// wakeServiceWorker's callback runs in an extension page, where `chrome` is the real API.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/*
 * Stopping the MV3 service worker the way Chrome does after 30 s idle, on
 * demand. Measured on Chromium 156: Target.closeTarget on the worker's target
 * takes it through "stopping" to "stopped" in ~10-90 ms (ServiceWorker domain
 * runningStatus), its target leaves Target.getTargets, and its globals are
 * gone; the next runtime message starts a fresh worker in ~15-30 ms.
 *
 * Playwright keeps the same `Worker` object (session.serviceWorker) across
 * the stop and restart, and it evaluates in the NEW worker once it runs, so
 * session.serviceWorker stays usable after wakeServiceWorker(). Do not
 * evaluate in it while it is stopped.
 */

/** Whether the extension's service worker is running now (its target is listed). */
export async function isServiceWorkerRunning(session: ExtensionSession): Promise<boolean> {
  return withBrowserCdp(session, async (cdp) =>
    (await extensionTargets(session, cdp)).some((target) => target.type === 'service_worker'),
  );
}

/**
 * Stops the extension's service worker and waits until the browser no longer
 * lists it. Throws when it was not running or does not stop within `timeoutMs`.
 */
export async function stopServiceWorker(
  session: ExtensionSession,
  timeoutMs = 5_000,
): Promise<void> {
  await withBrowserCdp(session, async (cdp) => {
    const worker = (await extensionTargets(session, cdp)).find(
      (target) => target.type === 'service_worker',
    );
    if (!worker) throw new Error('stopServiceWorker: the service worker is not running');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    await pollUntil(
      async () =>
        !(await extensionTargets(session, cdp)).some((target) => target.type === 'service_worker'),
      'the service worker stopped',
      timeoutMs,
    );
  });
}

/** A message type nobody handles: it only wakes the worker (the reply is undefined). */
export const WAKE_MESSAGE_TYPE = 'plpE2eWake';

/**
 * Starts the service worker again the way the product would: a runtime
 * message from an extension page (`page`). Resolves once it runs and answers
 * an evaluate, so session.serviceWorker can be used right after.
 */
export async function wakeServiceWorker(
  session: ExtensionSession,
  page: Page,
  timeoutMs = 10_000,
): Promise<void> {
  await page.evaluate(
    (type) =>
      chrome.runtime.sendMessage({ id: Date.now(), type, data: null, timestamp: Date.now() }).then(
        () => undefined,
        () => undefined,
      ),
    WAKE_MESSAGE_TYPE,
  );
  await pollUntil(() => isServiceWorkerRunning(session), 'the service worker restarted', timeoutMs);
  await session.serviceWorker.evaluate(() => true);
}
