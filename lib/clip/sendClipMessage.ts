import type { ClipOutcome } from '../messaging/background';

/**
 * Sends a clip message and always comes back with an outcome. If the service worker stops
 * mid-clip (the browser ends idle or crashed workers, an update reloads the extension) the
 * message rejects instead of answering; the student then hears that nothing was stored, and the
 * clip buttons work again, instead of a popup stuck on "Clipping…". Nothing half-made is kept:
 * the worker stores a clip in one transaction at the very end.
 */
export async function sendClipMessage(send: () => Promise<ClipOutcome>): Promise<ClipOutcome> {
  try {
    return await send();
  } catch (error) {
    return {
      ok: false,
      failure: {
        reason: 'interrupted',
        linkOnly: false,
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
