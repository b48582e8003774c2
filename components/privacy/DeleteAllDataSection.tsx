import { useState } from 'react';
import { browser } from 'wxt/browser';
import { deleteAllData, DELETE_REFUSAL_TEXT } from '@/lib/data/deleteAllData';
import { createBrowserDriveAuth } from '@/lib/export/drive/browserDriveAuth';
import { useDatabase } from '../app/DatabaseProvider';
import { useFocusOnOutcome } from '../app/useFocusOnOutcome';
import { DeleteAllDialog } from './DeleteAllDialog';

type Stage = 'idle' | 'offer-export' | 'confirm' | 'deleting';

/**
 * "Delete all my data" in two steps: first an offer to export a bundle (the work may exist
 * nowhere else), then a confirmation. Refused, with a reason, while media work is under way.
 */
export function DeleteAllDataSection() {
  const { db, reportError } = useDatabase();
  const [stage, setStage] = useState<Stage>('idle');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  // Focused in an effect, after the commit that closed the dialog: the browser's focus return
  // has happened by then. A frame callback raced React's commit and lost under load.
  const outcomeRef = useFocusOnOutcome(outcome);

  const showOutcome = (ok: boolean, text: string) => setOutcome({ ok, text });

  const confirm = async () => {
    setStage('deleting');
    try {
      const result = await deleteAllData(db, {
        now: Date.now,
        localStorage: browser.storage.local,
        sessionStorage: browser.storage.session,
        signOut: () => createBrowserDriveAuth(browser).signOut(),
      });
      setStage('idle');
      if (result.deleted) {
        showOutcome(true, 'All your data was deleted. PLP Companion is back to a fresh start.');
      } else {
        showOutcome(false, DELETE_REFUSAL_TEXT[result.reason]);
      }
    } catch (error) {
      setStage('idle');
      if (!reportError(error))
        showOutcome(false, 'Your data couldn’t be deleted. Nothing was removed. Please try again.');
    }
  };

  return (
    <section aria-labelledby="delete-all-heading" className="delete-all">
      <h3 id="delete-all-heading">Delete all my data</h3>
      <p>
        This removes every goal, clip, reflection and recording from this browser, and resets your
        settings. Your school’s settings stay as your school set them.
      </p>
      {stage === 'idle' && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            setOutcome(null);
            setStage('offer-export');
          }}
        >
          Delete all my data…
        </button>
      )}
      {stage !== 'idle' && (
        <div className="delete-all-offer" data-testid="delete-offer-export">
          <p>
            <strong>Before you delete:</strong> your work may not be saved anywhere else. Export a
            bundle first to keep a copy.
          </p>
          <p>
            <a className="button-link primary" href="#/export">
              Export a bundle first
            </a>{' '}
            <button type="button" className="danger" onClick={() => setStage('confirm')}>
              Continue to delete
            </button>{' '}
            <button type="button" onClick={() => setStage('idle')}>
              Cancel
            </button>
          </p>
        </div>
      )}
      <p
        ref={outcomeRef}
        tabIndex={-1}
        role="status"
        className={outcome && !outcome.ok ? 'field-error' : undefined}
        data-testid="delete-all-outcome"
      >
        {outcome?.text}
      </p>
      {(stage === 'confirm' || stage === 'deleting') && (
        <DeleteAllDialog
          busy={stage === 'deleting'}
          onConfirm={() => void confirm()}
          onCancel={() => setStage('offer-export')}
        />
      )}
    </section>
  );
}
