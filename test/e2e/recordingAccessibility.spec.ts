import { recordingTest as test, expect } from './media/recordingFixtures';
import { auditWithAxe } from './axeAudit';
import { readPlpStore } from './media/readPlpStore';
import { RecorderPage } from './pages/RecorderPage';

/*
 * axe (WCAG 2.2 AA, no serious or critical findings) on the dashboard's live
 * panel (indicator, timer, controls, teleprompter) while a real recording
 * runs and while it is paused: states accessibility.spec.ts can't reach
 * without media devices. In the `recording` project (recording*.spec.ts) for
 * the fake devices; the region picker's audit is in accessibilityLive.spec.ts.
 */

test('the live recorder has no serious or critical axe findings while recording or paused', async ({
  extension,
  captureTarget,
}) => {
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  const { page } = recorder;
  await recorder.start({ source: 'tab', title: 'Audited reflection' });
  await recorder.waitUntilRecording();
  await expect(recorder.elapsed).toBeVisible();
  await expect(recorder.teleprompter).toBeVisible();

  const whileRecording = await auditWithAxe(page);
  console.log('Live recorder (recording) axe findings:', JSON.stringify(whileRecording.all));
  expect(whileRecording.blocking, 'serious or critical axe violations while recording').toEqual([]);

  await page.getByTestId('live-pause').click();
  await expect(recorder.indicator).toHaveAttribute('data-status', 'paused');
  await expect(recorder.indicator).toHaveText('Paused');
  await expect(recorder.resumeButton).toBeVisible();

  const whilePaused = await auditWithAxe(page);
  console.log('Live recorder (paused) axe findings:', JSON.stringify(whilePaused.all));
  expect(whilePaused.blocking, 'serious or critical axe violations while paused').toEqual([]);

  // Nothing is left behind: Discard deletes the recording and its chunks.
  await recorder.discard();
  await expect(recorder.livePanel).toHaveCount(0);
  await expect(recorder.startButton).toBeVisible();
  await expect.poll(() => readPlpStore(page, 'recordings')).toEqual([]);
  await expect.poll(() => readPlpStore(page, 'recordingChunks')).toEqual([]);
  expect(recorder.errors).toEqual([]);
});
