import { i18n } from '#i18n';
import type { StorageProblem } from '@/lib/db/describeStorageError';

const HEADING_KEYS = {
  full: 'app.storageProblem.fullHeading',
  unavailable: 'app.storageProblem.unavailableHeading',
  failed: 'app.storageProblem.failedHeading',
} as const satisfies Record<StorageProblem['kind'], string>;

const ADVICE_KEYS = {
  full: 'app.storageProblem.fullAdvice',
  unavailable: 'app.storageProblem.unavailableAdvice',
  failed: 'app.storageProblem.failedAdvice',
} as const satisfies Record<StorageProblem['kind'], string>;

export function StorageBanner(props: {
  problem: StorageProblem;
  blocking?: boolean;
  onDismiss?: () => void;
}) {
  const { problem, blocking = false, onDismiss } = props;
  return (
    <div className={`banner banner-${problem.kind}`} role="alert" data-testid="storage-banner">
      <h2>{i18n.t(HEADING_KEYS[problem.kind])}</h2>
      <p>{i18n.t(ADVICE_KEYS[problem.kind])}</p>
      {blocking && <p>{i18n.t('app.storageProblem.nothingLost')}</p>}
      <details>
        <summary>{i18n.t('app.storageProblem.details')}</summary>
        <code>{problem.detail}</code>
      </details>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {i18n.t('app.storageProblem.dismiss')}
        </button>
      )}
    </div>
  );
}
