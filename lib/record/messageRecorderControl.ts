import type { RecorderProtocol } from '../messaging/recorder';
import type {
  RecorderControl,
  StartRecordingOutcome,
  StartRecordingRequest,
} from './recorderControl';

type Send = <K extends keyof RecorderProtocol>(
  type: K,
  data: Parameters<RecorderProtocol[K]>[0],
) => Promise<ReturnType<RecorderProtocol[K]>>;

export interface MessageRecorderControlDeps {
  send: Send;
  /** Makes sure a host is listening (creates the offscreen document on Chromium). */
  ensureHost: () => Promise<void>;
  /** Chromium: a tabCapture stream id for the tab; null where the browser has none. */
  tabStreamId: (tabId: number) => Promise<string | null>;
}

/**
 * Drives a recording host in another context (the offscreen document, or the
 * Firefox dashboard tab when called from the popup) through messages.
 */
export function messageRecorderControl(deps: MessageRecorderControlDeps): RecorderControl {
  const { send, ensureHost } = deps;
  return {
    hostedInThisPage: false,
    async start(request: StartRecordingRequest): Promise<StartRecordingOutcome> {
      let tabStreamId = request.tabStreamId;
      if (request.source === 'tab' && !tabStreamId) {
        if (request.tabId === null) return tabNotInvoked('No tab was chosen to record.');
        try {
          tabStreamId = await deps.tabStreamId(request.tabId);
        } catch (error) {
          return tabNotInvoked(error instanceof Error ? error.message : String(error));
        }
        if (!tabStreamId) return tabNotInvoked('This browser cannot record a single tab.');
      }
      try {
        await ensureHost();
      } catch (error) {
        return {
          ok: false,
          failure: {
            reason: 'host-unavailable',
            detail: error instanceof Error ? error.message : String(error),
          },
        };
      }
      return send('recorderStart', { ...request, tabStreamId });
    },
    pause: (recordingId) => send('recorderPause', { recordingId }),
    resume: (recordingId) => send('recorderResume', { recordingId }),
    stop: (recordingId) => send('recorderStop', { recordingId }),
    discard: async (recordingId) => {
      await ensureHost();
      await send('recorderDiscard', { recordingId });
    },
    process: async (request) => {
      await ensureHost();
      await send('recorderProcess', request);
    },
    cancelProcessing: (reflectionId) => send('recorderCancelProcessing', { reflectionId }),
  };
}

function tabNotInvoked(detail: string): StartRecordingOutcome {
  return { ok: false, failure: { reason: 'tab-not-invoked', device: 'tab', detail } };
}
