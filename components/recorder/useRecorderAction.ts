import { useState } from 'react';

/**
 * Runs one recorder command at a time. A command that throws (the host went
 * away, the recording already ended) becomes a message the student can read,
 * instead of a button that silently does nothing.
 */
export function useRecorderAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(work: () => Promise<unknown>, failed: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (problem) {
      console.error('Recorder command failed', problem);
      setError(failed);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run, clearError: () => setError(null) };
}
