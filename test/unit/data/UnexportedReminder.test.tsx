// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnexportedReminder } from '@/components/app/UnexportedReminder';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import { lastExportAt, unexportedReminderSnoozedUntil } from '@/lib/data/lastExport';
import { setUpHarness, type Harness } from '../dashboard/dashboardHarness';
import { clip, DAY_MS } from '../library/libraryFixtures';

const NOW = 1_800_000_000_000;
let h: Harness;
beforeEach(async () => {
  h = await setUpHarness();
});
afterEach(async () => {
  await h.cleanUp();
});

describe('UnexportedReminder', () => {
  it('asks to export when the school period nears un-exported work, and snoozes for a week', async () => {
    await addEvidence(h.db, [
      clip('old', { capturedAt: NOW - 80 * DAY_MS }),
      clip('new', { capturedAt: NOW - DAY_MS }),
    ]);
    await h.render(<UnexportedReminder policy={{ dataRetentionDays: 90 }} now={() => NOW} />);
    await h.until(() => !!h.byTestId('unexported-reminder'), 'the reminder');
    expect(h.byTestId('unexported-reminder')!.textContent).toContain(
      '1 item you haven’t exported will reach that limit within two weeks',
    );
    await h.click(h.buttonStartingWith('Remind me later'));
    await h.until(() => !h.byTestId('unexported-reminder'), 'the reminder hidden');
    expect(await unexportedReminderSnoozedUntil.getValue()).toBe(NOW + 7 * DAY_MS);
  });

  it('goes away once the student exports', async () => {
    await addEvidence(h.db, [clip('old', { capturedAt: NOW - 80 * DAY_MS })]);
    await h.render(<UnexportedReminder policy={{ dataRetentionDays: 90 }} now={() => NOW} />);
    await h.until(() => !!h.byTestId('unexported-reminder'), 'the reminder');
    await h.write(() => lastExportAt.setValue(NOW - 2 * DAY_MS));
    await h.until(() => !h.byTestId('unexported-reminder'), 'the reminder gone after an export');
  });
});
