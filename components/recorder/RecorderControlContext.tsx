import { createContext, useContext, type ReactNode } from 'react';
import type { RecorderControl } from '@/lib/record/recorderControl';

const RecorderControlContext = createContext<RecorderControl | null>(null);

/** Gives every recorder view one RecorderControl (made once by the page that hosts them). */
export function RecorderControlProvider({
  control,
  children,
}: {
  control: RecorderControl;
  children: ReactNode;
}) {
  return (
    <RecorderControlContext.Provider value={control}>{children}</RecorderControlContext.Provider>
  );
}

export function useRecorderControl(): RecorderControl {
  const control = useContext(RecorderControlContext);
  if (!control) throw new Error('useRecorderControl must be used inside <RecorderControlProvider>');
  return control;
}
