import { recordingTest as test, expect } from './media/recordingFixtures';
import { findOffscreenTarget } from './media/offscreenTarget';
import { readPlpStore } from './media/readPlpStore';
import { RecorderPage } from './pages/RecorderPage';

/*
 * The ways a recording ends before it makes anything: a tab the student has
 * not invoked the extension on, and Discard while recording.
 */

async function storedRows(recorder: RecorderPage) {
  const page = recorder.page;
  return {
    recordings: await readPlpStore(page, 'recordings'),
    reflections: await readPlpStore(page, 'reflections'),
    recordingChunks: await readPlpStore(page, 'recordingChunks'),
    media: await readPlpStore(page, 'media'),
  };
}

const NOTHING = { recordings: [], reflections: [], recordingChunks: [], media: [] };

test('"This tab" without the toolbar click on it says what to do and stores nothing', async ({
  extension,
  captureTarget,
}) => {
  const recorder = await RecorderPage.openInOwnWindow(extension);
  await captureTarget.bringToFront();
  // The tab is known by id, but the student never clicked the toolbar button on it.
  const tabId = await recorder.activeTabIdOutsideDashboard();
  await recorder.openSetup(tabId);
  await expect(recorder.source('tab')).toBeChecked();

  await recorder.start({ source: 'tab', title: 'Not invoked' });
  await expect(recorder.failure).toBeVisible();
  await expect(recorder.failure).toHaveAttribute('data-reason', 'tab-not-invoked');
  await expect(recorder.failure).toHaveAttribute('role', 'alert');
  await expect(recorder.failure).toContainText('PLP Companion can’t record that tab yet');
  await expect(recorder.failure).toContainText('click the PLP Companion button');
  // Still on the setup screen, ready for another choice.
  await expect(recorder.livePanel).toHaveCount(0);
  await expect(recorder.startButton).toBeEnabled();

  expect(await storedRows(recorder)).toEqual(NOTHING);
  // The host was never even started for it.
  expect(await findOffscreenTarget(extension)).toBeNull();
  expect(recorder.errors).toEqual([]);
});

test('Discard while recording deletes the recording, its chunks and its reflection', async ({
  extension,
  captureTarget,
}) => {
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  await recorder.start({ source: 'tab', title: 'Throw me away' });
  await recorder.waitUntilRecording();
  await recorder.waitForRecorded(2_000);
  const recording = await recorder.onlyRecording();
  await expect
    .poll(async () => (await recorder.chunks(recording.id)).length)
    .toBeGreaterThanOrEqual(1);

  await recorder.discard();
  // Back to the setup screen, not to a reflection.
  await expect(recorder.startButton).toBeVisible();
  await expect(recorder.livePanel).toHaveCount(0);
  expect(recorder.page.url()).toContain('#/record');
  await expect.poll(() => storedRows(recorder)).toEqual(NOTHING);

  // Nothing is left to recover or to list.
  await recorder.page.goto(extension.url('dashboard.html#/reflections'));
  await expect(recorder.page.getByTestId('reflections-empty-state')).toBeVisible();
  await expect(recorder.interruptedBanner).toHaveCount(0);
  expect(recorder.errors).toEqual([]);
});
