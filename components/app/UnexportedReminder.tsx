import { i18n } from '#i18n';
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
      <h2>{i18n.t('app.unexported.heading')}</h2>
      {reminder.reason === 'retention' ? (
        <p>
          {i18n.t('app.unexported.nearingRetention', reminder.nearingRetention, {
            days: reminder.retentionDays,
          })}
        </p>
      ) : (
        <p>
          {reminder.neverExported
            ? i18n.t('app.unexported.neverExported', reminder.count)
            : i18n.t('app.unexported.notRecently', reminder.count)}{' '}
          {i18n.t('app.unexported.onlyHere')}
        </p>
      )}
      <p>
        <a href="#/export">{i18n.t('app.unexported.exportLink')}</a>
        {i18n.t('app.unexported.toSaveCopy')}
      </p>
      <button type="button" onClick={() => void setSnoozedUntil(snoozeUntil(now()))}>
        {i18n.t('app.remindLater')}
      </button>
    </div>
  );
}
