import { describe, expect, it } from 'vitest';
import { createCompressEngine } from '@/lib/compress/createCompressEngine';
import type { ConvertProgress, ConvertRequest } from '@/lib/compress/CompressEngine';
import { CompressError } from '@/lib/compress/CompressError';
import { fakeFFmpeg, fakeMediaExec } from './fakeFFmpeg';
import { CHROMIUM_MP4_PROBE, CHROMIUM_WEBM_PROBE, outputProbe } from './ffmpegLogSamples';

const webmRequest: ConvertRequest = {
  input: new Blob(['webm bytes'], { type: 'video/webm;codecs=vp8,opus' }),
  mimeType: 'video/webm;codecs=vp8,opus',
  mode: 'auto',
  trim: null,
  expectedDurationMs: 5_000,
  fps: 15,
};

function engineWith(
  exec:
    | ReturnType<typeof fakeMediaExec>
    | ((args: string[]) => ReturnType<ReturnType<typeof fakeMediaExec>>),
) {
  const fake = fakeFFmpeg(() => ({ exec }));
  const engine = createCompressEngine({
    coreBaseUrl: 'ext://id/ffmpeg/',
    multiThread: 'never',
    FFmpegClass: fake.Class,
  });
  return { engine, fake };
}

async function failureOf(promise: Promise<unknown>): Promise<CompressError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CompressError);
  return error as CompressError;
}

describe('convertVideo (through the engine, single-thread core)', () => {
  it("re-encodes Chromium's WebM, reporting each step, and returns the verified MP4 and poster", async () => {
    const { engine, fake } = engineWith(
      fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE, outputMs: 4_000 }),
    );
    const progress: ConvertProgress[] = [];
    const result = await engine.convert(webmRequest, { onProgress: (p) => progress.push(p) });

    const execs = fake.instances[0]!.execs;
    expect(execs.map((args) => args.at(-1))).toEqual([
      '/in1/input.webm', // probe
      '/output.mp4', // main job
      '/output.mp4', // probe of the result
      '/poster.jpg',
    ]);
    expect(execs[1]).toContain('libx264');
    expect(result).toMatchObject({
      durationMs: 4_000,
      hasAudio: true,
      method: 'reencode',
      core: 'st',
    });
    expect(result.video.type).toBe('video/mp4');
    expect(await result.video.text()).toBe('contents of /output.mp4');
    expect(result.poster?.type).toBe('image/jpeg');

    expect(progress.map((p) => p.step)).toEqual([
      'loading',
      'encoding',
      'encoding',
      'encoding',
      'encoding',
      'verifying',
      'poster',
    ]);
    // No duration in the WebM: the ratio comes from time= against the recorder's 5 s.
    expect(progress.filter((p) => p.step === 'encoding').map((p) => p.ratio)).toEqual([
      0, 0.2, 0.4, 0.8,
    ]);
  });

  it("remuxes the browser's H.264 without re-encoding", async () => {
    const { engine, fake } = engineWith(
      fakeMediaExec({ inputProbe: CHROMIUM_MP4_PROBE, outputMs: 5_020 }),
    );
    const result = await engine.convert({
      ...webmRequest,
      input: new Blob(['mp4']),
      mimeType: 'video/mp4;codecs=avc1,opus',
    });
    expect(result.method).toBe('remux');
    const main = fake.instances[0]!.execs[1]!;
    expect(main).toEqual(expect.arrayContaining(['-c:v', 'copy', '-c:a', 'aac']));
    expect(main).not.toContain('libx264');
    expect(fake.instances[0]!.mounts[0]?.mountPoint).toBe('/in1');
    expect(fake.instances[0]!.execs[0]).toEqual(['-hide_banner', '-i', '/in1/input.mp4']);
  });

  it('measures trim progress against the kept span', async () => {
    const { engine } = engineWith(
      fakeMediaExec({ inputProbe: CHROMIUM_MP4_PROBE, outputMs: 2_000 }),
    );
    const progress: ConvertProgress[] = [];
    const result = await engine.convert(
      { ...webmRequest, mimeType: 'video/mp4', trim: { startMs: 1_000, endMs: 3_000 } },
      { onProgress: (p) => progress.push(p) },
    );
    expect(result.durationMs).toBe(2_000);
    expect(progress.filter((p) => p.step === 'trimming').map((p) => p.ratio)).toEqual([
      0, 0.25, 0.5, 1,
    ]);
  });

  it('refuses an input with no video in it', async () => {
    const { engine } = engineWith(
      fakeMediaExec({ inputProbe: ['/in1/input.webm: Invalid data found when processing input'] }),
    );
    expect((await failureOf(engine.convert(webmRequest))).code).toBe('unreadable-input');
  });

  it("fails with ffmpeg's last lines when the job exits with an error", async () => {
    const base = fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE });
    const { engine } = engineWith((args) =>
      args.at(-1) === '/output.mp4' && args.at(-2) !== '-i'
        ? { lines: ['Error while opening encoder', 'Conversion failed!'], exitCode: 1 }
        : base(args),
    );
    const error = await failureOf(engine.convert(webmRequest));
    expect(error.code).toBe('ffmpeg-failed');
    expect(error.detail).toContain('Conversion failed!');
  });

  it('refuses an output that lost the sound, before anything is returned', async () => {
    const { engine } = engineWith(
      fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE, outputHasAudio: false }),
    );
    expect((await failureOf(engine.convert(webmRequest))).code).toBe('verification-failed');
  });

  it("refuses an output much shorter than the recorder's clock", async () => {
    const { engine } = engineWith(
      fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE, outputMs: 20_000 }),
    );
    const error = await failureOf(engine.convert({ ...webmRequest, expectedDurationMs: 120_000 }));
    expect(error.code).toBe('verification-failed');
  });

  it('still returns the video when only the poster fails', async () => {
    const { engine } = engineWith(
      fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE, posterExitCode: 1 }),
    );
    const result = await engine.convert(webmRequest);
    expect(result.poster).toBeNull();
    expect(result.video.size).toBeGreaterThan(0);
  });

  it('checks the output it wrote, not the input', async () => {
    const probes: string[] = [];
    const base = fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE });
    const { engine } = engineWith((args) => {
      if (args.at(-2) === '-i') probes.push(args.at(-1)!);
      return args.at(-1) === '/output.mp4' && args.at(-2) === '-i'
        ? { lines: outputProbe(5_020), exitCode: 1 }
        : base(args);
    });
    await engine.convert(webmRequest);
    expect(probes).toEqual(['/in1/input.webm', '/output.mp4']);
  });
});
