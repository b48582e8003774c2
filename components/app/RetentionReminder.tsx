import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { readRetentionReminder } from '@/lib/settings/dataRetention';
import type { ManagedPolicy } from '@/lib/settings/managedPolicy';
import { useDatabase } from './DatabaseProvider';

/**
 * The school's retention period as a reminder, never as deletion: the student exports first,
 * then decides what to remove (lib/settings/dataRetention.ts says why).
 */
export function RetentionReminder({
  policy,
  now = Date.now,
}: {
  policy: ManagedPolicy | null;
  now?: () => number;
}) {
  const { db } = useDatabase();
  const days = policy?.dataRetentionDays;
  const reminder = useLiveQuery(
    () =>
      days === undefined ? null : readRetentionReminder(db, { dataRetentionDays: days }, now()),
    [db, days],
  );
  const [dismissed, setDismissed] = useState(false);
  if (!reminder || dismissed) return null;
  return (
    <div className="banner banner-retention" role="status" data-testid="retention-reminder">
      <h2>{i18n.t('app.retention.heading')}</h2>
      <p>{i18n.t('app.retention.olderItems', reminder.olderItems, { days: reminder.days })}</p>
      <p>
        {i18n.t('app.retention.first')}
        <a href="#/export">{i18n.t('app.retention.exportLink')}</a>
        {i18n.t('app.retention.thenMove')}
        <a href="#/evidence">{i18n.t('app.retention.myEvidence')}</a>
        {i18n.t('app.retention.nothingDeleted')}
      </p>
      <button type="button" onClick={() => setDismissed(true)}>
        {i18n.t('app.remindLater')}
      </button>
    </div>
  );
}
