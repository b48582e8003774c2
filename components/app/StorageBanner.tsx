import type { StorageProblem } from '@/lib/db/describeStorageError';

const HEADINGS: Record<StorageProblem['kind'], string> = {
  full: 'Your device is out of storage space',
  unavailable: 'This browser window can’t save your plan',
  failed: 'Something went wrong while saving',
};

const ADVICE: Record<StorageProblem['kind'], string> = {
  full: 'Your last change was not saved, and everything saved before it is safe. Free some space on this device (for example, delete downloads you no longer need), then try again.',
  unavailable:
    'Private or guest windows, and some school settings, stop extensions from saving data. Open PLP Companion in a normal window. If this keeps happening, ask your teacher or school IT for help.',
  failed:
    'Your saved work is safe. Try again in a moment; if it keeps happening, restart the browser.',
};

export function StorageBanner(props: {
  problem: StorageProblem;
  blocking?: boolean;
  onDismiss?: () => void;
}) {
  const { problem, blocking = false, onDismiss } = props;
  return (
    <div className={`banner banner-${problem.kind}`} role="alert" data-testid="storage-banner">
      <h2>{HEADINGS[problem.kind]}</h2>
      <p>{ADVICE[problem.kind]}</p>
      {blocking && <p>Nothing has been lost. Your plan will be here when storage works again.</p>}
      <details>
        <summary>Technical details (for your IT team)</summary>
        <code>{problem.detail}</code>
      </details>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
