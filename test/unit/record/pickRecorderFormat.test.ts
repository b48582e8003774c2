import { beforeEach, describe, expect, it } from 'vitest';
import { pickRecorderFormat, recorderBitrates } from '@/lib/record/pickRecorderFormat';
import { FakeClock } from './fakes/FakeClock';
import { FakeMediaRecorder, fakeStream } from './fakes/fakeMedia';

const clock = new FakeClock();
const deps = (isFirefox = false) => ({
  MediaRecorder: FakeMediaRecorder as unknown as typeof MediaRecorder,
  isFirefox,
  setTimeout: clock.setTimeout,
  clearTimeout: clock.clearTimeout,
});
const withAudio = () => fakeStream(['video', 'audio']) as unknown as MediaStream;

beforeEach(() => FakeMediaRecorder.reset());

describe('pickRecorderFormat', () => {
  it('takes H.264 with Opus when a real start works, and stops the probe', async () => {
    const format = await pickRecorderFormat(deps(), withAudio());
    expect(format).toEqual({
      mimeType: 'video/mp4;codecs=avc1,opus',
      videoBitsPerSecond: 1_000_000,
      audioBitsPerSecond: 64_000,
      videoKeyFrameIntervalDuration: 1_000,
    });
    expect(FakeMediaRecorder.instances).toHaveLength(1);
    expect(FakeMediaRecorder.instances[0]?.state).toBe('inactive');
  });

  it('asks for video-only codecs when there is no sound', async () => {
    const format = await pickRecorderFormat(
      deps(),
      fakeStream(['video']) as unknown as MediaStream,
    );
    expect(format?.mimeType).toBe('video/mp4;codecs=avc1');
  });

  it('skips a candidate whose start fails even though isTypeSupported said yes', async () => {
    FakeMediaRecorder.failing = new Set(['video/mp4;codecs=avc1,opus']);
    const format = await pickRecorderFormat(deps(), withAudio());
    expect(format?.mimeType).toBe('video/webm;codecs=vp9,opus');
    expect(FakeMediaRecorder.instances.map((r) => r.mimeType)).toEqual([
      'video/mp4;codecs=avc1,opus',
      'video/webm;codecs=vp9,opus',
    ]);
  });

  it('skips what isTypeSupported rules out without starting it', async () => {
    FakeMediaRecorder.supported = new Set(['video/webm;codecs=vp8,opus', 'video/webm']);
    const format = await pickRecorderFormat(deps(), withAudio());
    expect(format?.mimeType).toBe('video/webm;codecs=vp8,opus');
    expect(FakeMediaRecorder.instances).toHaveLength(1);
  });

  it('gives up on a candidate that never answers', async () => {
    class SilentRecorder extends FakeMediaRecorder {
      override start(): void {
        if (this.mimeType.startsWith('video/mp4')) this.state = 'recording';
        else super.start();
      }
    }
    const picking = pickRecorderFormat(
      { ...deps(), MediaRecorder: SilentRecorder as unknown as typeof MediaRecorder },
      withAudio(),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    clock.advance(2_000); // the probe's deadline
    await new Promise((resolve) => setTimeout(resolve, 0));
    clock.advance(2_000); // the deadline for the probe's own stop
    expect((await picking)?.mimeType).toBe('video/webm;codecs=vp9,opus');
  });

  it('uses plain video/webm on Firefox, without probing', async () => {
    const format = await pickRecorderFormat(
      deps(true),
      fakeStream(['video']) as unknown as MediaStream,
    );
    expect(format?.mimeType).toBe('video/webm');
    expect(FakeMediaRecorder.instances).toHaveLength(0);
  });

  it('returns null when nothing records', async () => {
    FakeMediaRecorder.supported = new Set();
    expect(await pickRecorderFormat(deps(), withAudio())).toBeNull();
  });

  it('gives 30 fps more bits than 15 fps', () => {
    expect(recorderBitrates(15).videoBitsPerSecond).toBe(1_000_000);
    expect(recorderBitrates(30).videoBitsPerSecond).toBe(1_600_000);
    expect(recorderBitrates(30).audioBitsPerSecond).toBe(64_000);
  });
});
