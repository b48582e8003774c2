import type { CDPSession } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';

/** One DevTools target (Target.TargetInfo, the fields the media helpers use). */
export interface TargetInfo {
  targetId: string;
  /** 'page', 'service_worker', 'background_page' (the offscreen document), 'tab', … */
  type: string;
  url: string;
  attached: boolean;
}

/**
 * Runs `action` with a browser-level CDP session and detaches after. The
 * browser session sees every target, including the ones Playwright does not
 * expose as pages or workers (the offscreen document is one).
 */
export async function withBrowserCdp<T>(
  session: ExtensionSession,
  action: (cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  try {
    return await action(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The live targets of this extension (its worker, pages and offscreen document). */
export async function extensionTargets(
  session: ExtensionSession,
  cdp: CDPSession,
): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const origin = `chrome-extension://${session.extensionId}/`;
  return targetInfos.filter((target) => target.url.startsWith(origin));
}

/** Polls `check` every 50 ms until it is true; throws `message` after `timeoutMs`. */
export async function pollUntil(
  check: () => Promise<boolean>,
  message: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
