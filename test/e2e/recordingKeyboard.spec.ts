import type { Page } from '@playwright/test';
import { recordingTest as test, expect } from './media/recordingFixtures';
import { expectVisibleFocus, tabTo } from './keyboardHelpers';
import { RecorderPage } from './pages/RecorderPage';
import { ReflectionPage } from './pages/ReflectionPage';

/*
 * Recording a reflection with the keyboard alone (Tab, Enter, Space, typing),
 * and what a screen reader hears on the way: every state change goes through
 * one polite live region (components/recorder/RecordingAnnouncer.tsx) that
 * stays in the page from the setup screen to the finished reflection.
 * Lives in the `recording` project (recording*.spec.ts) for the media flags.
 */

const WORDS = {
  countdown: 'Get ready: recording starts in a moment.',
  recording: 'Recording.',
  paused: 'Recording paused.',
  processing: 'Recording stopped. Your video is being processed.',
  done: 'Your video is ready.',
};

/**
 * Keeps every text the live region takes, in order: the countdown and the
 * processing state can be shorter than a poll, and this shows they were said.
 */
async function logAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="recording-announcer"]')!;
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && said[said.length - 1] !== text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
}

test('a reflection is recorded with the keyboard alone, and each state is announced', async ({
  extension,
  captureTarget,
}) => {
  // The popup's "Record a reflection" opens the setup screen for the tab.
  const { recorder } = await RecorderPage.openForTab(extension, captureTarget);
  const { page } = recorder;
  const announcer = page.getByTestId('recording-announcer');
  await expect(announcer).toHaveAttribute('role', 'status');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText('');
  const said = await logAnnouncements(page);

  await tabTo(page, recorder.titleField);
  await expectVisibleFocus(recorder.titleField);
  // Replaces the suggested title.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keyboard reflection');
  await tabTo(page, recorder.startButton);
  await expectVisibleFocus(recorder.startButton);
  await page.keyboard.press('Enter');

  await recorder.waitUntilRecording();
  await expect(announcer).toHaveText(WORDS.recording);
  await recorder.waitForRecorded(1_000);

  const pause = page.getByTestId('live-pause');
  await tabTo(page, pause);
  await expectVisibleFocus(pause);
  await page.keyboard.press('Space');
  await expect(recorder.indicator).toHaveAttribute('data-status', 'paused');
  await expect(announcer).toHaveText(WORDS.paused);

  await tabTo(page, recorder.resumeButton);
  await expectVisibleFocus(recorder.resumeButton);
  await page.keyboard.press('Enter');
  await expect(recorder.indicator).toHaveAttribute('data-status', 'recording');
  await expect(announcer).toHaveText(WORDS.recording);
  await recorder.waitForRecorded(2_000);

  const stop = page.getByTestId('live-stop');
  await tabTo(page, stop);
  await expectVisibleFocus(stop);
  await page.keyboard.press('Enter');

  const reflectionId = await recorder.waitForReflectionRoute();
  const reflection = new ReflectionPage(page, extension, reflectionId);
  await reflection.waitUntilReady();
  await expect(announcer).toHaveText(WORDS.done);

  // Each state was said once, in order (getting ready may come first).
  expect((await said()).filter((text) => !text.startsWith('Getting ready'))).toEqual([
    WORDS.countdown,
    WORDS.recording,
    WORDS.paused,
    WORDS.recording,
    WORDS.processing,
    WORDS.done,
  ]);
  expect((await reflection.row()).title).toBe('Keyboard reflection');
  expect(recorder.errors).toEqual([]);
});
