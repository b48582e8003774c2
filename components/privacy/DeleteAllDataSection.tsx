import { useState } from 'react';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { deleteAllData, type DeleteRefusal } from '@/lib/data/deleteAllData';
import { createBrowserDriveAuth } from '@/lib/export/drive/browserDriveAuth';
import { useDatabase } from '../app/DatabaseProvider';
import { useFocusOnOutcome } from '../app/useFocusOnOutcome';
import { DeleteAllDialog } from './DeleteAllDialog';

type Stage = 'idle' | 'offer-export' | 'confirm' | 'deleting';

/** Why deleting everything has to wait, in words for the student. */
const REFUSAL_KEYS = {
  recording: 'privacy.deleteAll.refusedRecording',
  processing: 'privacy.deleteAll.refusedProcessing',
  'drive-upload': 'privacy.deleteAll.refusedUpload',
} as const satisfies Record<DeleteRefusal, string>;

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
        showOutcome(true, i18n.t('privacy.deleteAll.deleted'));
      } else {
        showOutcome(false, i18n.t(REFUSAL_KEYS[result.reason]));
      }
    } catch (error) {
      setStage('idle');
      if (!reportError(error)) showOutcome(false, i18n.t('privacy.deleteAll.failed'));
    }
  };

  return (
    <section aria-labelledby="delete-all-heading" className="delete-all">
      <h3 id="delete-all-heading">{i18n.t('privacy.deleteAll.heading')}</h3>
      <p>{i18n.t('privacy.deleteAll.explain')}</p>
      {stage === 'idle' && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            setOutcome(null);
            setStage('offer-export');
          }}
        >
          {i18n.t('privacy.deleteAll.start')}
        </button>
      )}
      {stage !== 'idle' && (
        <div className="delete-all-offer" data-testid="delete-offer-export">
          <p>
            <strong>{i18n.t('privacy.deleteAll.beforeYouDelete')}</strong>
            {i18n.t('privacy.deleteAll.offer')}
          </p>
          <p>
            <a className="button-link primary" href="#/export">
              {i18n.t('privacy.deleteAll.exportFirst')}
            </a>{' '}
            <button type="button" className="danger" onClick={() => setStage('confirm')}>
              {i18n.t('privacy.deleteAll.continue')}
            </button>{' '}
            <button type="button" onClick={() => setStage('idle')}>
              {i18n.t('privacy.deleteAll.cancel')}
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
