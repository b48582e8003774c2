import { i18n } from '#i18n';
import type { ProcessRequest } from '@/lib/record/recorderControl';
import { useRecorderControl } from '../recorder/RecorderControlContext';
import { useRecorderAction } from '../recorder/useRecorderAction';

/**
 * Processing commands for one reflection: retry, make smaller, trim and
 * cancel. Progress comes back through the database, so each call only has to
 * hand the work over; a failure to hand over becomes a message.
 */
export function useReflectionCommands(reflectionId: string) {
  const control = useRecorderControl();
  const { busy, error, run } = useRecorderAction();
  const process = (request: Omit<ProcessRequest, 'reflectionId'>) =>
    run(
      () => control.process({ reflectionId, ...request }),
      i18n.t('reflections.panel.startFailed'),
    );
  return {
    busy,
    error,
    retry: () => process({ mode: 'auto', trim: null }),
    makeSmaller: () => process({ mode: 'smaller', trim: null }),
    trim: (startMs: number, endMs: number) => process({ mode: 'auto', trim: { startMs, endMs } }),
    cancel: () =>
      run(() => control.cancelProcessing(reflectionId), i18n.t('reflections.panel.startFailed')),
    cancelQuietly: () => control.cancelProcessing(reflectionId).catch(() => undefined),
  };
}
