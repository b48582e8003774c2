import { useCallback, useEffect, useState } from 'react';

/** How long a toast stays unless the student is reading or using it. */
export const TOAST_MS = 10_000;

export interface Toast {
  /** New for every toast, so the same sentence twice still restarts the timer. */
  id: number;
  message: string;
  /** Puts things back; absent for toasts with nothing to undo. */
  undo?: () => Promise<void>;
}

export interface UndoToastState {
  toast: Toast | null;
  show: (message: string, undo?: () => Promise<void>) => void;
  dismiss: () => void;
  /** While true (focus or pointer inside), the toast doesn't time out. */
  setHeld: (held: boolean) => void;
}

let nextToastId = 1;

/** One toast at a time: a new action replaces the last toast, and its undo with it. */
export function useUndoToast(): UndoToastState {
  const [toast, setToast] = useState<Toast | null>(null);
  const [held, setHeld] = useState(false);
  const show = useCallback((message: string, undo?: () => Promise<void>) => {
    setToast({ id: nextToastId++, message, undo });
  }, []);
  const dismiss = useCallback(() => setToast(null), []);
  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held]);
  return { toast, show, dismiss, setHeld };
}
