import type { CDPSession, Page } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';
import { extensionTargets, pollUntil, withBrowserCdp, type TargetInfo } from './extensionTargets';

/*
 * The Chromium recording host, chrome-extension://<id>/offscreen.html, is a
 * DevTools target of type 'background_page' that Playwright does not expose
 * (not in context.pages() nor backgroundPages()). These helpers reach it with
 * the browser CDP session instead.
 */

export const OFFSCREEN_PATH = '/offscreen.html';

/** The offscreen document's target, or null when none exists now. */
export async function findOffscreenTarget(session: ExtensionSession): Promise<TargetInfo | null> {
  return withBrowserCdp(session, (cdp) => offscreenTargetOf(session, cdp));
}

/** Waits for the offscreen document to exist (a page or the host created it). */
export async function waitForOffscreenTarget(
  session: ExtensionSession,
  timeoutMs = 10_000,
): Promise<TargetInfo> {
  let found: TargetInfo | null = null;
  await pollUntil(
    async () => (found = await findOffscreenTarget(session)) !== null,
    'the offscreen document exists',
    timeoutMs,
  );
  return found!;
}

/**
 * Creates the offscreen document from an extension page with the product's
 * own reasons (lib/record/ensureOffscreenDocument.ts), unless one exists. For
 * tests that must patch it (injectQuotaErrorInOffscreen) before recording
 * starts: the product reuses an existing document.
 */
export async function openOffscreenDocument(session: ExtensionSession, page: Page): Promise<void> {
  if (await findOffscreenTarget(session)) return;
  await page.evaluate((url) => {
    const api = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome.offscreen;
    return api.createDocument({
      url,
      reasons: ['USER_MEDIA', 'DISPLAY_MEDIA', 'WORKERS'],
      justification: 'End-to-end test of the recording host.',
    });
  }, OFFSCREEN_PATH.slice(1));
  await waitForOffscreenTarget(session);
}

/**
 * Closes the offscreen document abruptly, as a renderer crash or the browser
 * reclaiming it would: Target.closeTarget tears the document down without the
 * host being asked (chrome.offscreen.closeDocument() would be the polite way,
 * but that is the product's own call, not a failure). Its MediaRecorder, streams
 * and in-memory state die with it; whatever reached IndexedDB stays. Resolves
 * once the target is gone; throws when there was no offscreen document.
 */
export async function closeOffscreenDocument(
  session: ExtensionSession,
  timeoutMs = 5_000,
): Promise<void> {
  await withBrowserCdp(session, async (cdp) => {
    const target = await offscreenTargetOf(session, cdp);
    if (!target) throw new Error('closeOffscreenDocument: there is no offscreen document');
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await pollUntil(
      async () => (await offscreenTargetOf(session, cdp)) === null,
      'the offscreen document closed',
      timeoutMs,
    );
  });
}

/**
 * Evaluates in the offscreen document and returns the result by value
 * (promises awaited). Pass a self-contained function (it is sent as source
 * text, so it cannot use variables from the test) and a JSON argument, or an
 * expression string. Errors thrown inside reject with their message.
 *
 * Playwright's CDPSession cannot address a flattened child session, so this
 * attaches without flatten and talks through Target.sendMessageToTarget
 * (deprecated in the protocol but working in Chromium 156).
 */
export async function evaluateInOffscreen<R, A = undefined>(
  session: ExtensionSession,
  code: string | ((arg: A) => R | Promise<R>),
  arg?: A,
  timeoutMs = 30_000,
): Promise<R> {
  const expression =
    typeof code === 'string' ? code : `(${code.toString()})(${JSON.stringify(arg)})`;
  return withBrowserCdp(session, async (cdp) => {
    const target = await offscreenTargetOf(session, cdp);
    if (!target) throw new Error('evaluateInOffscreen: there is no offscreen document');
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    try {
      const reply = (await sendToChild(
        cdp,
        sessionId,
        'Runtime.evaluate',
        {
          expression,
          awaitPromise: true,
          returnByValue: true,
        },
        timeoutMs,
      )) as EvaluateReply;
      if (reply.exceptionDetails) {
        const details = reply.exceptionDetails;
        throw new Error(`In offscreen.html: ${details.exception?.description ?? details.text}`);
      }
      return reply.result.value as R;
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  });
}

interface EvaluateReply {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

type ChromeOffscreen = {
  offscreen: {
    createDocument(options: {
      url: string;
      reasons: string[];
      justification: string;
    }): Promise<void>;
  };
};

async function offscreenTargetOf(
  session: ExtensionSession,
  cdp: CDPSession,
): Promise<TargetInfo | null> {
  const targets = await extensionTargets(session, cdp);
  return targets.find((target) => new URL(target.url).pathname === OFFSCREEN_PATH) ?? null;
}

let nextMessageId = 1;

/** One command on a non-flattened child session, answered through receivedMessageFromTarget. */
function sendToChild(
  cdp: CDPSession,
  sessionId: string,
  method: string,
  params: object,
  timeoutMs: number,
): Promise<unknown> {
  const id = nextMessageId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(() => reject(new Error(`${method} timed out`))),
      timeoutMs,
    );
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      if (reply.id !== id) return;
      finish(() => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
    };
    // The document may close mid-call (a test closing it, or the host crashing).
    const onDetached = (event: { sessionId: string }) => {
      if (event.sessionId === sessionId)
        finish(() => reject(new Error(`${method}: the offscreen document went away`)));
    };
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      cdp.off('Target.detachedFromTarget', onDetached);
      settle();
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    cdp.on('Target.detachedFromTarget', onDetached);
    cdp
      .send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((error: unknown) => finish(() => reject(error)));
  });
}
