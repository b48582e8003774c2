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
  const items = reminder.olderItems === 1 ? '1 item is' : `${reminder.olderItems} items are`;
  return (
    <div className="banner banner-retention" role="status" data-testid="retention-reminder">
      <h2>Time to tidy up older work</h2>
      <p>
        Your school asks you to keep work on this device for {reminder.days} days. {items} older
        than that.
      </p>
      <p>
        First <a href="#/export">export your portfolio</a> so you keep a copy. Then you can move
        older items to the trash from <a href="#/evidence">My evidence</a>. Nothing is deleted
        unless you do it.
      </p>
      <button type="button" onClick={() => setDismissed(true)}>
        Remind me later
      </button>
    </div>
  );
}
