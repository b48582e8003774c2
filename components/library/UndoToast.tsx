import { i18n } from '#i18n';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { UndoToastState } from './useUndoToast';

/**
 * What just happened, with Undo. The live region is always in the page so
 * screen readers announce each new message; it sits right after the controls
 * that caused it, so Tab reaches Undo next. Escape dismisses it, and it waits
 * while the student's focus or pointer is on it.
 */
export function UndoToast({ state }: { state: UndoToastState }) {
  const { toast, dismiss, setHeld } = state;
  const [undoing, setUndoing] = useState(false);
  // Remembered per toast: a new message never inherits an old failure.
  const [failedToastId, setFailedToastId] = useState<number | null>(null);
  const failed = toast !== null && failedToastId === toast.id;
  const closeButton = useRef<HTMLButtonElement>(null);
  // Undo replaces this toast (and its Undo button) with the next message; focus
  // follows to that message's Dismiss button instead of falling to the page.
  const focusNextToast = useRef(false);
  useEffect(() => {
    if (!focusNextToast.current) return;
    focusNextToast.current = false;
    closeButton.current?.focus();
  }, [toast]);

  async function undo() {
    if (!toast?.undo || undoing) return;
    const { id } = toast;
    setUndoing(true);
    try {
      focusNextToast.current = true;
      await toast.undo();
    } catch {
      focusNextToast.current = false;
      setFailedToastId(id);
    } finally {
      setUndoing(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    setHeld(false);
    dismiss();
  }

  return (
    <div
      className="undo-toast-region"
      role="status"
      aria-live="polite"
      data-testid="undo-toast"
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onKeyDown={onKeyDown}
    >
      {toast && (
        <div className="undo-toast" key={toast.id}>
          <span>
            {failed
              ? i18n.t('library.toast.undoFailed', { message: toast.message })
              : toast.message}
          </span>
          {toast.undo && (
            <button type="button" onClick={() => void undo()} aria-disabled={undoing}>
              {i18n.t('library.toast.undo')}
            </button>
          )}
          <button
            ref={closeButton}
            type="button"
            className="undo-toast-close"
            aria-label={i18n.t('library.toast.dismiss')}
            onClick={() => {
              setHeld(false);
              dismiss();
            }}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
