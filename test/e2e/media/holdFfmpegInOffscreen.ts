import type { ExtensionSession } from '../launchExtension';
import { evaluateInOffscreen } from './offscreenTarget';

/*
 * A slow Chromebook, on demand: processing that is still converting when the
 * student presses Cancel. The conversion of a 5 s clip takes well under a
 * second here, too quick to click Cancel into reliably, so the test holds it.
 *
 * @ffmpeg/ffmpeg drives its worker with postMessage({ id, type, data }); the
 * conversion is the EXEC whose arguments name a video codec (`-c:v copy` or
 * `-c:v libx264`; the probe and the poster do not). While held, those
 * messages are kept in the offscreen document instead of reaching the
 * worker, so the job waits in its "converting"/"encoding" step exactly as a
 * long conversion would, until the product cancels it (terminating the
 * worker) or the test releases it.
 */

interface HoldState {
  active: boolean;
  held: { worker: Worker; message: unknown; transfer: Transferable[] }[];
  seen: number;
}

/** Starts holding ffmpeg conversions in the offscreen document (which must exist). */
export async function holdFfmpegConversionsInOffscreen(session: ExtensionSession): Promise<void> {
  await evaluateInOffscreen(session, () => {
    const holder = globalThis as unknown as { __plpE2eHold?: HoldState };
    if (holder.__plpE2eHold) {
      holder.__plpE2eHold.active = true;
      return;
    }
    const state: HoldState = { active: true, held: [], seen: 0 };
    holder.__plpE2eHold = state;
    const original = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (
      this: Worker,
      message: unknown,
      transfer?: Transferable[] | StructuredSerializeOptions,
    ) {
      const command = message as { type?: string; data?: { args?: unknown } } | null;
      const args = command?.type === 'EXEC' ? command.data?.args : null;
      if (state.active && Array.isArray(args) && args.includes('-c:v')) {
        state.seen += 1;
        state.held.push({
          worker: this,
          message,
          transfer: Array.isArray(transfer) ? transfer : [],
        });
        return;
      }
      return (original as (message: unknown, transfer?: unknown) => void).call(
        this,
        message,
        transfer,
      );
    } as typeof Worker.prototype.postMessage;
  });
}

/** How many conversions were held so far (a held one is "in progress" for the product). */
export async function heldFfmpegConversions(session: ExtensionSession): Promise<number> {
  return evaluateInOffscreen(session, () => {
    const state = (globalThis as unknown as { __plpE2eHold?: HoldState }).__plpE2eHold;
    return state?.seen ?? 0;
  });
}

/**
 * Stops holding and delivers what was held (a message to a worker the
 * product already terminated goes nowhere, as it should).
 */
export async function releaseFfmpegConversionsInOffscreen(
  session: ExtensionSession,
): Promise<void> {
  await evaluateInOffscreen(session, () => {
    const state = (globalThis as unknown as { __plpE2eHold?: HoldState }).__plpE2eHold;
    if (!state) return;
    state.active = false;
    for (const { worker, message, transfer } of state.held.splice(0)) {
      worker.postMessage(message, transfer);
    }
  });
}
