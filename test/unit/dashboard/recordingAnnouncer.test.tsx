// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { sampleRecording, sampleReflection, setUpHarness, type Harness } from './dashboardHarness';

vi.mock('@/lib/record/createRecorderControl', async () => {
  const { control } = await import('./dashboardHarness');
  return { createRecorderControl: () => control };
});

let h: Harness;
beforeEach(async () => {
  h = await setUpHarness();
});
afterEach(() => h.cleanUp());

const said = () => h.byTestId('recording-announcer')?.textContent ?? null;

async function expectSaid(words: string): Promise<void> {
  await h.until(() => said() === words, `"${words}" (was "${said()}")`);
}

describe('recording announcer', () => {
  it('says each state in the same polite region, from countdown to done', async () => {
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() =>
      h.db.recordings.add(
        sampleRecording({
          status: 'countdown',
          startedAt: null,
          countdownEndsAt: Date.now() + 3000,
        }),
      ),
    );
    await h.render(<DashboardApp />, '#/record');
    const region = h.byTestId('recording-announcer')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    await expectSaid('Get ready: recording starts in a moment.');

    await h.write(() =>
      h.db.recordings.update('rec1', { status: 'recording', startedAt: Date.now() }),
    );
    await expectSaid('Recording.');
    await h.write(() => h.db.recordings.update('rec1', { status: 'paused', pausedAt: Date.now() }));
    await expectSaid('Recording paused.');

    // Stop: one transaction, as saveStoppedRecording writes it.
    await h.write(() =>
      h.db.transaction('rw', h.db.recordings, h.db.reflections, async () => {
        await h.db.recordings.update('rec1', { status: 'stopped' });
        await h.db.reflections.update('ref1', { status: 'processing' });
      }),
    );
    await expectSaid('Recording stopped. Your video is being processed.');
    await h.until(() => location.hash === '#/reflection/ref1', 'the reflection page');
    // The same element carried on through the route change.
    expect(h.byTestId('recording-announcer')).toBe(region);
    await h.write(() => h.db.reflections.update('ref1', { status: 'ready' }));
    await expectSaid('Your video is ready.');
  });

  it('says nothing when no recording was seen, and "discarded" when it vanishes', async () => {
    await h.render(<DashboardApp />, '#/goals');
    await h.until(() => said() !== null, 'the region');
    expect(said()).toBe('');

    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() => h.db.recordings.add(sampleRecording()));
    await expectSaid('Recording.');
    await h.write(() =>
      h.db.transaction('rw', h.db.recordings, h.db.reflections, async () => {
        await h.db.recordings.delete('rec1');
        await h.db.reflections.delete('ref1');
      }),
    );
    await expectSaid('Recording discarded.');
  });

  it('leaves a start that failed before capturing to the setup screen’s alert', async () => {
    await h.render(<DashboardApp />, '#/record');
    await h.write(() => h.db.reflections.add(sampleReflection()));
    await h.write(() => h.db.recordings.add(sampleRecording({ status: 'starting' })));
    await expectSaid('Getting ready to record. Choose what to share if the browser asks.');
    await h.write(() =>
      h.db.transaction('rw', h.db.recordings, h.db.reflections, async () => {
        await h.db.recordings.delete('rec1');
        await h.db.reflections.delete('ref1');
      }),
    );
    await expectSaid('');
  });
});
