import { storage } from '#imports';

/**
 * When the student last saved a copy of their work outside this browser (a bundle ZIP, a Drive
 * upload, or the Seesaw ZIP). Null until the first export. The un-exported reminder compares
 * item dates with it.
 */
export const lastExportAt = storage.defineItem<number | null>('local:export.lastExportAt', {
  fallback: null,
});

/** Until when "Remind me later" hides the un-exported reminder; null when not snoozed. */
export const unexportedReminderSnoozedUntil = storage.defineItem<number | null>(
  'local:export.reminderSnoozedUntil',
  { fallback: null },
);

type Writable = Pick<typeof lastExportAt, 'getValue' | 'setValue'>;

/**
 * Records a successful export. Call it once the copy is really saved: after the bundle ZIP is
 * written, after a Drive job finishes with every file uploaded, after the Seesaw ZIP is saved.
 * Never moves the date backwards (two tabs can finish exports out of order).
 */
export async function recordExport(now: number = Date.now(), item: Writable = lastExportAt) {
  const previous = await item.getValue();
  if (previous === null || now > previous) await item.setValue(now);
}

/**
 * recordExport for an export the student just saved, if it held everything: a goal or a date
 * range leaves the rest of the work un-exported, so it must not quiet the reminder.
 */
export async function noteExported(
  scope: { kind: string },
  now: number,
  item: Writable = lastExportAt,
): Promise<void> {
  if (scope.kind === 'everything') await recordExport(now, item);
}
