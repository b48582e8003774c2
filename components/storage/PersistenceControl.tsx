import type { PersistResult } from '@/lib/storage/storageUsage';

const RESULT_TEXT: Record<PersistResult, string> = {
  granted: 'Done. The browser will keep your data safe from automatic clean-up.',
  refused:
    'The browser said no. That is the browser’s choice, not something you did wrong: browsers usually agree only for sites and extensions used often. Your clips are still saved, but if your device runs very low on space the browser may delete them, so keep some space free and keep copies of your most important work.',
  unsupported:
    'This browser can’t be asked to protect your data. Keep some space free on your device and keep copies of your most important work.',
  failed: 'The browser didn’t answer. Please try again later.',
};

/** Whether the browser may clear PLP Companion's data on its own, and a way to ask it not to. */
export function PersistenceControl({
  persisted,
  result,
  busy,
  onRequest,
}: {
  persisted: boolean | null;
  result: PersistResult | null;
  busy: boolean;
  onRequest: () => void;
}) {
  return (
    <div className="storage-persistence" data-testid="storage-persistence">
      {persisted === true && (
        <p>
          <strong>Your data is protected.</strong> The browser won’t clear it automatically when
          your device runs low on space. It is still removed if you uninstall PLP Companion or clear
          your browsing data.
        </p>
      )}
      {persisted === false && (
        <p>
          <strong>Your data is not protected yet.</strong> If your device runs very low on space,
          the browser may clear PLP Companion’s data without asking.
        </p>
      )}
      {persisted === null && (
        <p>This browser doesn’t say whether your data is protected from automatic clean-up.</p>
      )}
      {persisted !== true && (
        <button type="button" onClick={onRequest} disabled={busy}>
          Keep my data safe from automatic clean-up
        </button>
      )}
      <p role="status" className="storage-persist-result" data-testid="persist-result">
        {result ? RESULT_TEXT[result] : ''}
      </p>
    </div>
  );
}
