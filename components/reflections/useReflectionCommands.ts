import type { ProcessRequest } from '@/lib/record/recorderControl';
import { useRecorderControl } from '../recorder/RecorderControlContext';
import { useRecorderAction } from '../recorder/useRecorderAction';

const FAILED = 'PLP Companion couldn’t start that. Reload the page and try again.';

/**
 * Processing commands for one reflection: retry, make smaller, trim and
 * cancel. Progress comes back through the database, so each call only has to
 * hand the work over; a failure to hand over becomes a message.
 */
export function useReflectionCommands(reflectionId: string) {
  const control = useRecorderControl();
  const { busy, error, run } = useRecorderAction();
  const process = (request: Omit<ProcessRequest, 'reflectionId'>) =>
    run(() => control.process({ reflectionId, ...request }), FAILED);
  return {
    busy,
    error,
    retry: () => process({ mode: 'auto', trim: null }),
    makeSmaller: () => process({ mode: 'smaller', trim: null }),
    trim: (startMs: number, endMs: number) => process({ mode: 'auto', trim: { startMs, endMs } }),
    cancel: () => run(() => control.cancelProcessing(reflectionId), FAILED),
    cancelQuietly: () => control.cancelProcessing(reflectionId).catch(() => undefined),
  };
}
