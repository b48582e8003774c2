// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
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

const media = (id: string, ownerId: string) => ({
  id,
  ownerId,
  mimeType: 'video/mp4',
  size: 1,
  blob: new Blob(['x']),
  createdAt: 1,
});

describe('reflections library and detail', () => {
  beforeEach(async () => {
    await h.write(() =>
      h.db.reflections.bulkAdd([
        sampleReflection({ status: 'failed', failure: 'The video could not be made.' }),
        sampleReflection({
          id: 'ref2',
          recordingId: 'rec2',
          title: 'Ready one',
          status: 'ready',
          mediaId: 'm2',
          posterMediaId: 'p2',
          durationMs: 30_000,
          createdAt: 9,
        }),
      ]),
    );
    await h.write(() => h.db.media.bulkAdd([media('m2', 'ref2'), media('p2', 'ref2')]));
  });

  it('lists newest first with duration, goals, status, and Retry on a failed one', async () => {
    await h.render(<DashboardApp />, '#/reflections');
    await h.until(() => h.all('reflection-item').length === 2, 'the list');
    const [ready, failed] = h.all('reflection-item');
    expect(ready!.textContent).toContain('Ready one');
    expect(ready!.textContent).toContain('length 0:30');
    expect(ready!.querySelector('[data-testid=reflection-status]')!.textContent).toBe('✓ Ready');
    expect(failed!.querySelector('[data-testid=reflection-status]')!.textContent).toBe('⚠ Failed');
    expect(failed!.textContent).toContain('The video could not be made.');
    expect(failed!.textContent).toContain('Run a 5K');
    await h.click(h.byTestId('reflection-retry'));
    expect(control.process).toHaveBeenCalledWith({
      reflectionId: 'ref1',
      mode: 'auto',
      trim: null,
    });
  });

  it('plays the video, trims from the current time, makes it smaller and deletes it all', async () => {
    await h.render(<DashboardApp />, '#/reflection/ref2');
    await h.until(() => !!h.byTestId('reflection-video'), 'the video');
    const video = h.byTestId('reflection-video') as HTMLVideoElement;
    expect(video.getAttribute('src')).toBe('blob:test');
    expect(video.controls).toBe(true);
    Object.defineProperty(video, 'currentTime', { value: 12.34, configurable: true });
    await h.click(h.buttonStartingWith('Set start from current time'));
    expect((h.byTestId('trim-start') as HTMLInputElement).value).toBe('12.3');
    expect((h.byTestId('trim-end') as HTMLInputElement).value).toBe('30');
    await h.click(h.byTestId('trim-submit'));
    expect(control.process).toHaveBeenLastCalledWith({
      reflectionId: 'ref2',
      mode: 'auto',
      trim: { startMs: 12_300, endMs: 30_000 },
    });
    await h.click(h.byTestId('reflection-smaller'));
    expect(control.process).toHaveBeenLastCalledWith({
      reflectionId: 'ref2',
      mode: 'smaller',
      trim: null,
    });
    await h.click(h.byTestId('reflection-delete'));
    await h.until(() => location.hash === '#/reflections', 'the list again');
    expect(await h.db.media.count()).toBe(0);
    expect(await h.db.reflections.toCollection().primaryKeys()).toEqual(['ref1']);
  });

  it('refuses a trim shorter than a second, and saves the title and note', async () => {
    await h.render(<DashboardApp />, '#/reflection/ref2');
    await h.until(() => !!h.byTestId('trim-start'), 'the trim fields');
    const type = (input: HTMLElement | null, value: string) =>
      h.write(async () => {
        const element = input as HTMLInputElement | HTMLTextAreaElement;
        const setter = Object.getOwnPropertyDescriptor(
          Object.getPrototypeOf(element),
          'value',
        )!.set!;
        setter.call(element, value);
        element.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await type(h.byTestId('trim-start'), '10');
    await type(h.byTestId('trim-end'), '10.5');
    await h.click(h.byTestId('trim-submit'));
    expect(control.process).not.toHaveBeenCalled();
    expect(h.host.textContent).toContain('at least one second after the start');

    await type(h.byTestId('reflection-title'), '  ');
    await h.click(h.buttonStartingWith('Save changes'));
    await h.until(
      () => h.byTestId('reflection-title')!.getAttribute('aria-invalid') === 'true',
      'the title error',
    );
    await type(h.byTestId('reflection-title'), 'Volcano talk');
    await type(h.byTestId('reflection-note'), 'I explained magma.');
    await h.click(h.buttonStartingWith('Save changes'));
    await h.until(() => h.host.textContent!.includes('Saved.'), 'saved');
    expect(await h.db.reflections.get('ref2')).toMatchObject({
      title: 'Volcano talk',
      note: 'I explained magma.',
    });
  });
});

describe('interrupted recordings', () => {
  it('recovers one (then processes it) and discards another', async () => {
    await h.write(async () => {
      await h.db.reflections.bulkAdd([
        sampleReflection(),
        sampleReflection({ id: 'ref9', recordingId: 'rec9', title: 'Second' }),
      ]);
      await h.db.recordings.bulkAdd([
        sampleRecording({ heartbeatAt: Date.now() - 60_000 }),
        sampleRecording({
          id: 'rec9',
          reflectionId: 'ref9',
          createdAt: Date.now(),
          heartbeatAt: Date.now() - 60_000,
        }),
      ]);
      // Seconds of video by its size (jsdom's Blob does not survive fake-indexeddb's
      // structured clone, so recovery can't read the bytes here; see recovery.test.ts).
      await h.db.recordingChunks.add({
        recordingId: 'rec1',
        seq: 0,
        blob: new Blob(['x']),
        size: 200_000,
        recordedAt: Date.now() - 61_000,
      });
    });
    await h.render(<DashboardApp />, '#/goals');
    await h.until(() => !!h.byTestId('interrupted-banner'), 'the banner');
    expect(h.all('interrupted-recording')).toHaveLength(2);
    expect(h.byTestId('live-compact')).toBeNull();
    await h.click(h.all('recover-recording')[0]);
    await h.until(() => control.process.mock.calls.length === 1, 'processing');
    expect(control.process).toHaveBeenCalledWith({
      reflectionId: 'ref1',
      mode: 'auto',
      trim: null,
    });
    expect((await h.db.reflections.get('ref1'))?.status).toBe('processing');
    await h.until(() => h.all('interrupted-recording').length === 1, 'one left');
    await h.click(h.byTestId('discard-recording'));
    await h.until(() => !h.byTestId('interrupted-banner'), 'the banner gone');
    expect(await h.db.reflections.get('ref9')).toBeUndefined();
  });
});

describe('goal entry points and prompt sets', () => {
  it('links a goal to the recorder and to its own prompt set, which it creates', async () => {
    await h.render(<DashboardApp />, '#/goals');
    await h.until(() => !!h.byTestId('goal-reflect'), 'the goal card');
    expect(h.byTestId('goal-reflect')!.getAttribute('href')).toBe('#/record?goal=g1');
    location.hash = '#/prompt-sets?goal=g1';
    await h.until(() => !!h.byTestId('prompt-set-editor'), 'the editor');
    const editor = h.byTestId('prompt-set-editor')!;
    expect(editor.querySelector('input')!.value).toBe('Prompts for Run a 5K');
    expect(editor.querySelectorAll('textarea')).toHaveLength(4);
    await h.click(h.buttonStartingWith('Add a prompt'));
    expect(editor.querySelectorAll('textarea')).toHaveLength(5); // the blank one is dropped on save
    await h.click(h.buttonStartingWith('Save prompts'));
    await h.until(() => location.hash === '#/prompt-sets', 'the editor closed');
    const own = (await h.db.promptSets.toArray()).find((s) => s.goalId === 'g1');
    expect(own?.prompts).toHaveLength(4);
    expect(h.all('prompt-set')).toHaveLength(2);
  });
});
