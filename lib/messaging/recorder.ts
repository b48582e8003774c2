import { defineExtensionMessaging } from '@webext-core/messaging';
import * as vr from 'valibot';
import { idSchema, RECORDING_SOURCES } from '../db/records';
import type {
  ProcessRequest,
  RecorderControl,
  StartRecordingOutcome,
  StartRecordingRequest,
} from '../record/recorderControl';
import type { SenderKind } from './checkSender';
import type { ProtocolHandlers } from './registerHandlers';

/**
 * Messages the recording host answers: the offscreen document on Chromium, the
 * dashboard tab on Firefox. Ids and settings only: media is written to
 * IndexedDB where it is made and never travels through messages. Names are
 * prefixed because every extension context hears runtime messages.
 */
export interface RecorderProtocol {
  recorderStart(request: StartRecordingRequest): StartRecordingOutcome;
  recorderPause(data: { recordingId: string }): void;
  recorderResume(data: { recordingId: string }): void;
  recorderStop(data: { recordingId: string }): void;
  recorderDiscard(data: { recordingId: string }): void;
  recorderProcess(request: ProcessRequest): void;
  recorderCancelProcessing(data: { reflectionId: string }): void;
}

const recordingRef = vr.object({ recordingId: idSchema });
const shortText = (max: number) => vr.pipe(vr.string(), vr.maxLength(max));

export const startRecordingRequestSchema = vr.object({
  recordingId: idSchema,
  reflectionId: idSchema,
  source: vr.picklist(RECORDING_SOURCES),
  tabStreamId: vr.nullable(shortText(1000)),
  tabId: vr.nullable(vr.pipe(vr.number(), vr.integer())),
  microphone: vr.boolean(),
  microphoneDeviceId: vr.nullable(shortText(500)),
  webcam: vr.boolean(),
  fps: vr.picklist([15, 30]),
  // At most 2 hours, whatever a policy says: one recording must fit a Chromebook's disk.
  maxMs: vr.pipe(vr.number(), vr.minValue(10_000), vr.maxValue(7_200_000)),
  countdownMs: vr.pipe(vr.number(), vr.minValue(0), vr.maxValue(10_000)),
  title: shortText(500),
  goalIds: vr.pipe(vr.array(idSchema), vr.maxLength(200)),
  skillIds: vr.pipe(vr.array(idSchema), vr.maxLength(200)),
  prompts: vr.pipe(vr.array(shortText(300)), vr.maxLength(20)),
});

export const processRequestSchema = vr.object({
  reflectionId: idSchema,
  mode: vr.picklist(['auto', 'smaller']),
  trim: vr.nullable(
    vr.pipe(
      vr.object({
        startMs: vr.pipe(vr.number(), vr.minValue(0)),
        endMs: vr.pipe(vr.number(), vr.minValue(0)),
      }),
      vr.check((trim) => trim.endMs > trim.startMs, 'The end must come after the start.'),
    ),
  ),
});

export const recorderSchemas = {
  recorderStart: startRecordingRequestSchema,
  recorderPause: recordingRef,
  recorderResume: recordingRef,
  recorderStop: recordingRef,
  recorderDiscard: recordingRef,
  recorderProcess: processRequestSchema,
  recorderCancelProcessing: vr.object({ reflectionId: idSchema }),
} satisfies {
  [K in keyof RecorderProtocol]: vr.GenericSchema<Parameters<RecorderProtocol[K]>[0]>;
};

/** Only our own pages and service worker drive the recorder; never a content script. */
export const recorderSenders = {
  recorderStart: 'extension-page',
  recorderPause: 'extension-page',
  recorderResume: 'extension-page',
  recorderStop: 'extension-page',
  recorderDiscard: 'extension-page',
  recorderProcess: 'extension-page',
  recorderCancelProcessing: 'extension-page',
} satisfies { [K in keyof RecorderProtocol]: SenderKind };

export const recorderMessenger = defineExtensionMessaging<RecorderProtocol>();

/** The host's handlers: each message is one call on the host's RecorderControl. */
export function recorderHandlers(host: RecorderControl): ProtocolHandlers<RecorderProtocol> {
  return {
    recorderStart: (request: StartRecordingRequest) => host.start(request),
    recorderPause: ({ recordingId }: { recordingId: string }) => host.pause(recordingId),
    recorderResume: ({ recordingId }: { recordingId: string }) => host.resume(recordingId),
    recorderStop: ({ recordingId }: { recordingId: string }) => host.stop(recordingId),
    recorderDiscard: ({ recordingId }: { recordingId: string }) => host.discard(recordingId),
    // Processing can take minutes: acknowledge at once; progress goes through the database.
    recorderProcess: (request: ProcessRequest) => {
      void host.process(request);
    },
    recorderCancelProcessing: ({ reflectionId }: { reflectionId: string }) =>
      host.cancelProcessing(reflectionId),
  };
}
