import { beforeEach, describe, expect, it } from 'vitest';
import { acquireRecordingStream, type AcquireRequest } from '@/lib/record/acquireRecordingStream';
import { BUBBLE_HEIGHT_RATIO } from '@/lib/record/compositeWebcam';
import { freshDb } from '../testDb';
import { fakeHostDeps } from './fakes/fakeHostDeps';
import { FakeAudioContext } from './fakes/fakeMedia';

const request: AcquireRequest = {
  source: 'window',
  tabStreamId: null,
  microphone: false,
  microphoneDeviceId: null,
  webcam: false,
  fps: 15,
};

beforeEach(() => {
  FakeAudioContext.instances = [];
});

describe('acquireRecordingStream', () => {
  it('redeems a tab stream id with Chromium’s tab constraints', async () => {
    const fake = fakeHostDeps(freshDb());
    const outcome = await acquireRecordingStream(fake.deps, {
      ...request,
      source: 'tab',
      tabStreamId: 'abc',
      fps: 30,
    });
    expect(outcome.ok).toBe(true);
    expect(fake.getUserMedia).toHaveBeenCalledWith({
      audio: { mandatory: { chromeMediaSource: 'tab', chromeMediaSourceId: 'abc' } },
      video: {
        mandatory: {
          chromeMediaSource: 'tab',
          chromeMediaSourceId: 'abc',
          maxWidth: 1280,
          maxHeight: 720,
          maxFrameRate: 30,
        },
      },
    });
  });

  it('asks for a 720p window with its sound, and records the window’s own tracks', async () => {
    const fake = fakeHostDeps(freshDb());
    const outcome = await acquireRecordingStream(fake.deps, request);
    expect(fake.getDisplayMedia).toHaveBeenCalledWith({
      video: expect.objectContaining({
        width: { ideal: 1280 },
        height: { ideal: 720 },
        frameRate: 15,
      }),
      audio: true,
    });
    if (!outcome.ok) throw new Error('expected a stream');
    const display = fake.given.display[0];
    // One source, not played back: no mixer, no canvas.
    expect(outcome.acquired.stream.getTracks()).toEqual(display?.getTracks());
    expect(FakeAudioContext.instances).toHaveLength(0);
    expect(fake.canvases).toHaveLength(0);
  });

  it('on Firefox records the microphone only (no display audio)', async () => {
    const fake = fakeHostDeps(freshDb(), { isFirefox: true });
    const outcome = await acquireRecordingStream(fake.deps, {
      ...request,
      microphone: true,
      microphoneDeviceId: 'usb-mic',
    });
    expect(fake.getDisplayMedia).toHaveBeenCalledWith(expect.objectContaining({ audio: false }));
    expect(fake.getUserMedia).toHaveBeenCalledWith({
      audio: { deviceId: { exact: 'usb-mic' }, echoCancellation: true, noiseSuppression: true },
    });
    if (!outcome.ok) throw new Error('expected a stream');
    const mic = fake.given.user[0];
    expect(outcome.acquired.stream.getAudioTracks()).toEqual(mic?.getAudioTracks());
  });

  it('puts the webcam into the picture through a canvas at the chosen fps', async () => {
    const fake = fakeHostDeps(freshDb());
    const outcome = await acquireRecordingStream(fake.deps, { ...request, webcam: true });
    if (!outcome.ok) throw new Error('expected a stream');
    const [canvas] = fake.canvases;
    expect(canvas?.captureStream).toHaveBeenCalledWith(15);
    expect(outcome.acquired.stream.getVideoTracks()).toEqual(canvas?.output.getVideoTracks());
    expect(canvas?.drawn).toEqual(expect.arrayContaining(['drawImage', 'arc', 'clip']));
    // Paced by a timer (no requestAnimationFrame), every 1000/15 ms.
    const drawsBefore = canvas?.drawn.filter((call) => call === 'drawImage').length ?? 0;
    fake.clock.advance(67);
    expect(canvas?.drawn.filter((call) => call === 'drawImage').length).toBe(drawsBefore + 2);
    outcome.acquired.release();
    expect(fake.clock.pending).toBe(0);
    expect(fake.allTracks().every((track) => track.readyState === 'ended')).toBe(true);
    expect(canvas?.output.getTracks()[0]?.readyState).toBe('ended');
  });

  it('draws the bubble a fifth of the picture high, in the bottom-right corner', async () => {
    const fake = fakeHostDeps(freshDb());
    await acquireRecordingStream(fake.deps, { ...request, webcam: true });
    const arc = fake.canvases[0]?.calls.find(([name]) => name === 'arc') as number[] | undefined;
    const [, x = 0, y = 0, radius] = arc ?? [];
    const diameter = Math.round(720 * BUBBLE_HEIGHT_RATIO);
    expect(radius).toBe(diameter / 2);
    expect(x + diameter / 2).toBeLessThan(1280);
    expect(x).toBeGreaterThan(1280 - diameter);
    expect(y).toBeGreaterThan(720 - diameter);
  });
});
