import { useLiveQuery } from 'dexie-react-hooks';
import {
  decideUnexportedReminder,
  readUnexportedSummary,
  retentionWarnAfter,
  snoozeUntil,
} from '@/lib/data/unexportedReminder';
import { lastExportAt, unexportedReminderSnoozedUntil } from '@/lib/data/lastExport';
import type { ManagedPolicy } from '@/lib/settings/managedPolicy';
import { useDatabase } from './DatabaseProvider';
import { useStoredSetting } from './useStoredSetting';

const items = (count: number) => (count === 1 ? '1 item' : `${count} items`);

/**
 * Asks the student to export before work is lost: when the school's retention period is about
 * to reach un-exported items, or when a lot has piled up since the last export. It is also the
 * only warning before an uninstall (lib/data/unexportedReminder.ts says why).
 */
export function UnexportedReminder({
  policy,
  now = Date.now,
}: {
  policy: ManagedPolicy | null;
  now?: () => number;
}) {
  const { db } = useDatabase();
  const [lastExport] = useStoredSetting(lastExportAt);
  const [snoozedUntil, setSnoozedUntil] = useStoredSetting(unexportedReminderSnoozedUntil);
  const days = policy?.dataRetentionDays;
  const reminder = useLiveQuery(async () => {
    const at = now();
    const summary = await readUnexportedSummary(db, lastExport, retentionWarnAfter(days, at));
    return decideUnexportedReminder({
      summary,
      lastExportAt: lastExport,
      retentionDays: days,
      snoozedUntil,
      now: at,
    });
  }, [db, lastExport, snoozedUntil, days]);
  if (!reminder) return null;
  return (
    <div className="banner banner-unexported" role="status" data-testid="unexported-reminder">
      <h2>Keep a copy of your work</h2>
      {reminder.reason === 'retention' ? (
        <p>
          Your school keeps work on this device for {reminder.retentionDays} days.{' '}
          {items(reminder.nearingRetention)} you haven’t exported will reach that limit within two
          weeks.
        </p>
      ) : (
        <p>
          {reminder.neverExported
            ? `You have ${items(reminder.count)} and haven’t exported yet.`
            : `You have ${items(reminder.count)} you haven’t exported in over a month.`}{' '}
          Your work is only on this device: if the browser is reset or PLP Companion is removed, it
          is gone.
        </p>
      )}
      <p>
        <a href="#/export">Export your portfolio</a> to save a copy.
      </p>
      <button type="button" onClick={() => void setSnoozedUntil(snoozeUntil(now()))}>
        Remind me later
      </button>
    </div>
  );
}
