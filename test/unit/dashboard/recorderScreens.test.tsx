// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { PopupApp } from '@/components/popup/PopupApp';
import {
  control,
  sampleRecording,
  sampleReflection,
  setUpHarness,
  type Harness,
} from './dashboardHarness';

vi.mock('@/lib/record/createRecorderControl', async () => {
  const { control } = await import('./dashboardHarness');
  return { createRecorderControl: () => control };
});

let h: Harness;
beforeEach(async () => {
  h = await setUpHarness();
});
afterEach(() => h.cleanUp());

describe('record setup', () => {
  it('starts with the goal ticked, its prompts and the recording settings', async () => {
    await h.render(<DashboardApp />, '#/record?goal=g1');
    await h.until(() => !!h.byTestId('record-start'), 'the setup');
    expect(h.byTestId('record-source-tab')).toBeNull(); // no tab was passed
    const goalBox = [...h.host.querySelectorAll('label')]
      .find((label) => label.textContent === 'Run a 5K')
      ?.querySelector('input');
    expect(goalBox?.checked).toBe(true);
    await h.click(h.byTestId('record-start'));
    expect(control.start).toHaveBeenCalledTimes(1);
    const request = control.start.mock.calls[0]![0];
    expect(request).toMatchObject({
      source: 'window',
      goalIds: ['g1'],
      maxMs: 15 * 60_000,
      countdownMs: 3000,
      fps: 15,
      webcam: false,
      tabId: null,
      tabStreamId: null,
      prompts: [
        'What did I do?',
        'What did I learn?',
        'What evidence shows my growth?',
        'What is my next step?',
      ],
    });
    expect(request.title).toMatch(/^Reflection – /);
    expect(request.recordingId).not.toBe(request.reflectionId);
  });

  it('turns a failed start into advice the student can follow', async () => {
    control.start.mockResolvedValueOnce({
      ok: false,
      failure: { reason: 'tab-not-invoked', device: 'tab', detail: 'not invoked' },
    });
    await h.render(<DashboardApp />, '#/record');
    await h.until(() => !!h.byTestId('record-start'), 'the setup');
    await h.click(h.byTestId('record-start'));
    await h.until(() => !!h.byTestId('record-failure'), 'the failure notice');
    expect(h.byTestId('record-failure')!.getAttribute('role')).toBe('alert');
    expect(h.byTestId('record-failure')!.textContent).toContain(
      'Open the page you want to record, click the PLP Companion button, then choose Record a reflection',
    );
    expect(document.activeElement).toBe(h.byTestId('record-failure'));
  });
});

describe('live panel', () => {
  it('shows the state, timer, warning and prompts, and sends the commands', async () => {
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() => h.db.recordings.add(sampleRecording()));
    await h.render(<DashboardApp />, '#/record');
    await h.until(() => !!h.byTestId('live-panel'), 'the live panel');
    expect(h.byTestId('recording-indicator')!.textContent).toBe('Recording');
    expect(h.byTestId('recording-elapsed')!.textContent).toMatch(/^1:0\d$/);
    // maxMs is 2 minutes and 65 s have gone: the last-minute warning is up.
    expect(h.byTestId('max-length-warning')!.getAttribute('role')).toBe('alert');
    expect(h.byTestId('keep-tab-open')).not.toBeNull(); // the fake control hosts in this page

    expect(h.byTestId('teleprompter-position')!.textContent).toBe('Prompt 1 of 3');
    await h.click(h.buttonStartingWith('Next'));
    expect(h.byTestId('teleprompter-prompt')!.textContent).toBe('What did I learn?');
    const arrow = (key: string) =>
      h
        .byTestId('teleprompter')!
        .dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await h.write(async () => arrow('ArrowRight'));
    await h.write(async () => arrow('ArrowRight')); // stays on the last prompt
    expect(h.byTestId('teleprompter-position')!.textContent).toBe('Prompt 3 of 3');
    await h.write(async () => arrow('ArrowLeft'));
    expect(h.byTestId('teleprompter-position')!.textContent).toBe('Prompt 2 of 3');

    await h.click(h.byTestId('live-pause'));
    expect(control.pause).toHaveBeenCalledWith('rec1');
    await h.click(h.byTestId('live-stop'));
    expect(control.stop).toHaveBeenCalledWith('rec1');

    // The host stops the recording and starts processing: the page follows.
    await h.write(() => h.db.recordings.update('rec1', { status: 'stopped' }));
    await h.write(() =>
      h.db.reflections.update('ref1', {
        status: 'processing',
        processing: { step: 'converting', ratio: 0.42, etaMs: 10_000, startedAt: 1 },
      }),
    );
    await h.until(() => location.hash === '#/reflection/ref1', 'the reflection page');
    // The page may first show the row as it was when the hash changed (the recording row was
    // stopped before the reflection row moved on); it follows the database, so wait for it.
    await h.until(
      () => h.byTestId('reflection-status')?.textContent === '⏳ Processing 42% · about 10 s left',
      'the processing status',
    );
    await h.click(h.byTestId('reflection-cancel'));
    expect(control.cancelProcessing).toHaveBeenCalledWith('ref1');
  });

  it('shows paused with Resume, and a countdown before recording', async () => {
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() =>
      h.db.recordings.add(
        sampleRecording({
          status: 'countdown',
          startedAt: null,
          countdownEndsAt: Date.now() + 2500,
        }),
      ),
    );
    await h.render(<DashboardApp />, '#/record');
    await h.until(() => !!h.byTestId('live-countdown'), 'the countdown');
    expect(h.byTestId('live-countdown')!.textContent).toBe('Recording starts in 3');
    await h.write(() =>
      h.db.recordings.update('rec1', {
        status: 'paused',
        startedAt: Date.now() - 5000,
        pausedAt: Date.now() - 1000,
      }),
    );
    await h.until(() => !!h.byTestId('live-resume'), 'Resume');
    expect(h.byTestId('recording-indicator')!.textContent).toBe('Paused');
    expect(h.byTestId('recording-elapsed')!.textContent).toBe('0:04');
    await h.click(h.byTestId('live-resume'));
    expect(control.resume).toHaveBeenCalledWith('rec1');
  });

  it('discards after confirming and returns to the setup, not the deleted reflection', async () => {
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() => h.db.recordings.add(sampleRecording()));
    control.discard.mockImplementationOnce(async () => {
      await h.db.recordings.delete('rec1');
      await h.db.reflections.delete('ref1');
    });
    await h.render(<DashboardApp />, '#/record');
    await h.until(() => !!h.byTestId('live-panel'), 'the live panel');
    await h.click(h.byTestId('live-discard'));
    expect(control.discard).toHaveBeenCalledWith('rec1');
    await h.until(() => !!h.byTestId('record-start'), 'the setup again');
    expect(location.hash).toBe('#/record');
  });

  it('ignores a recording whose recorder stopped beating', async () => {
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() => h.db.recordings.add(sampleRecording({ heartbeatAt: Date.now() - 60_000 })));
    await h.render(<DashboardApp />, '#/record');
    await h.until(() => !!h.byTestId('record-start'), 'the setup');
    expect(h.byTestId('live-panel')).toBeNull();
    expect(h.byTestId('interrupted-banner')).not.toBeNull();
  });
});

describe('popup', () => {
  it('offers Record a reflection, then shows the live recording with Stop', async () => {
    await h.render(<PopupApp />);
    await h.until(() => !!h.byTestId('popup-record'), 'the record button');
    expect(h.byTestId('popup-record')!.textContent?.trim()).toBe('Record a reflection');
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() => h.db.recordings.add(sampleRecording()));
    await h.until(() => !!h.byTestId('live-compact'), 'the live status');
    expect(h.byTestId('popup-record')).toBeNull();
    await h.click(h.byTestId('live-stop'));
    expect(control.stop).toHaveBeenCalledWith('rec1');
  });
});
