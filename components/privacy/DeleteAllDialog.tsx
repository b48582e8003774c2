import { i18n } from '#i18n';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), a[href], [tabindex="0"]';

/**
 * Keeps Tab inside the dialog. showModal() makes the page behind inert, but Tab past the last
 * control still leaves for the browser's toolbar; wrapping keeps keyboard users in the question.
 */
function wrapTab(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The last question before everything goes. A modal <dialog> (the rest of the page is inert, Tab
 * wraps inside it) that the browser closes by returning focus to the button that opened it.
 * Delete stays unavailable until the student ticks that they understand.
 */
export function DeleteAllDialog({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const [understood, setUnderstood] = useState(false);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onKeyDown={wrapTab}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{i18n.t('privacy.dialog.title')}</h2>
      <p id={`${id}-message`}>{i18n.t('privacy.dialog.message')}</p>
      <label className="check-row">
        <input
          type="checkbox"
          checked={understood}
          onChange={(event) => setUnderstood(event.target.checked)}
        />
        {i18n.t('privacy.dialog.understood')}
      </label>
      <div className="dialog-actions">
        <button ref={cancel} type="button" onClick={onCancel} disabled={busy}>
          {i18n.t('privacy.dialog.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={!understood || busy}>
          {busy ? i18n.t('privacy.dialog.deleting') : i18n.t('privacy.dialog.confirm')}
        </button>
      </div>
    </dialog>
  );
}
