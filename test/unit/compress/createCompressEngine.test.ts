import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCompressEngine } from '@/lib/compress/createCompressEngine';
import type { ConvertRequest } from '@/lib/compress/CompressEngine';
import { CompressError } from '@/lib/compress/CompressError';
import { fakeFFmpeg, fakeMediaExec, type ExecAnswer, type FakeBehaviour } from './fakeFFmpeg';
import { CHROMIUM_WEBM_PROBE } from './ffmpegLogSamples';

const request: ConvertRequest = {
  input: new Blob(['webm']),
  mimeType: 'video/webm',
  mode: 'auto',
  trim: null,
  expectedDurationMs: 5_000,
  fps: 15,
};
const works = fakeMediaExec({ inputProbe: CHROMIUM_WEBM_PROBE });
const isMt = (url: string) => url.includes('/mt/');

/** Behaviour per core: `mt` and `st` are asked per exec, so a test can change them between jobs. */
function setup(
  behaviour: { mt?: FakeBehaviour; st?: FakeBehaviour },
  multiThread: 'auto' | 'never' = 'auto',
) {
  const fake = fakeFFmpeg((url) => ({ exec: works, ...(isMt(url) ? behaviour.mt : behaviour.st) }));
  const engine = createCompressEngine({
    coreBaseUrl: 'chrome-extension://id/ffmpeg',
    multiThread,
    FFmpegClass: fake.Class,
    loadTimeoutMs: 50,
    stallTimeoutMs: 50,
  });
  const cores = () => fake.instances.map((i) => (isMt(i.coreURL) ? 'mt' : 'st'));
  return { engine, fake, cores };
}

/** Fails the main job (not the probes) with this answer. */
const mainJob = (answer: ExecAnswer) => (args: string[]) =>
  args.at(-1) === '/output.mp4' && args.at(-2) !== '-i' ? answer : works(args);

afterEach(() => vi.unstubAllGlobals());

describe('createCompressEngine', () => {
  it('runs on core-mt with -threads 2 on every exec, from the extension URLs', async () => {
    const { engine, fake } = setup({});
    const result = await engine.convert(request);
    const instance = fake.instances[0]!;
    expect(result.core).toBe('mt');
    expect(instance.loadConfig).toEqual({
      coreURL: 'chrome-extension://id/ffmpeg/mt/ffmpeg-core.js',
      wasmURL: 'chrome-extension://id/ffmpeg/mt/ffmpeg-core.wasm',
      workerURL: 'chrome-extension://id/ffmpeg/mt/ffmpeg-core.worker.js',
    });
    expect(instance.execs.every((args) => args.includes('-threads'))).toBe(true);
    expect(instance.terminated).toBeGreaterThanOrEqual(1);
  });

  it("uses only the single-thread core, without -threads, when told 'never'", async () => {
    const { engine, fake } = setup({}, 'never');
    expect((await engine.convert(request)).core).toBe('st');
    expect(fake.instances[0]!.loadConfig).toEqual({
      coreURL: 'chrome-extension://id/ffmpeg/st/ffmpeg-core.js',
      wasmURL: 'chrome-extension://id/ffmpeg/st/ffmpeg-core.wasm',
    });
    expect(fake.instances[0]!.execs.some((args) => args.includes('-threads'))).toBe(false);
  });

  it("remuxes the browser's H.264 on the single-thread core, which loads sooner", async () => {
    const { engine, cores } = setup({});
    await engine.convert({ ...request, mimeType: 'video/mp4;codecs=avc1,opus' });
    await engine.convert({ ...request, mimeType: 'video/mp4;codecs=avc1,opus', mode: 'smaller' });
    expect(cores()).toEqual(['st', 'mt']);
  });

  it('goes straight to single-thread without shared memory (Firefox extension pages)', async () => {
    vi.stubGlobal('SharedArrayBuffer', undefined);
    const { engine, cores } = setup({});
    expect(engine.core).toBe('st');
    await engine.convert(request);
    expect(cores()).toEqual(['st']);
  });

  it('falls back when core-mt fails to load, and stays on single-thread', async () => {
    const { engine, cores } = setup({ mt: { load: 'reject' } });
    expect((await engine.convert(request)).core).toBe('st');
    expect(engine.core).toBe('st');
    await engine.convert(request);
    expect(cores()).toEqual(['mt', 'st', 'st']);
  });

  it('falls back when core-mt never finishes loading', async () => {
    const { engine, cores } = setup({ mt: { load: 'hang' } });
    expect((await engine.convert(request)).core).toBe('st');
    expect(cores()).toEqual(['mt', 'st']);
  });

  it('falls back when the first mt job hangs (watchdog) or crashes', async () => {
    for (const answer of ['hang', 'crash'] as const) {
      const { engine, cores } = setup({ mt: { exec: mainJob(answer) } });
      expect((await engine.convert(request)).core).toBe('st');
      expect(engine.core).toBe('st');
      expect(cores()).toEqual(['mt', 'st']);
    }
  });

  it('falls back when the first mt job fails and single-thread then succeeds', async () => {
    const { engine, cores } = setup({ mt: { exec: mainJob({ lines: ['boom'], exitCode: 1 }) } });
    expect((await engine.convert(request)).core).toBe('st');
    expect(engine.core).toBe('st');
    await engine.convert(request);
    expect(cores()).toEqual(['mt', 'st', 'st']);
  });

  it('keeps core-mt when the same job fails single-threaded too (the input is bad)', async () => {
    const bad = { exec: mainJob({ lines: ['Invalid data'], exitCode: 1 }) };
    const { engine, cores } = setup({ mt: bad, st: bad });
    await expect(engine.convert(request)).rejects.toMatchObject({ code: 'ffmpeg-failed' });
    expect(engine.core).toBe('mt');
    expect(cores()).toEqual(['mt', 'st']);
  });

  it('does not run a bad input twice once core-mt has proven itself', async () => {
    const behaviour: { mt: FakeBehaviour } = { mt: {} };
    const { engine, cores } = setup(behaviour);
    await engine.convert(request);
    behaviour.mt.exec = mainJob({ lines: ['Invalid data'], exitCode: 1 });
    await expect(engine.convert(request)).rejects.toBeInstanceOf(CompressError);
    expect(cores()).toEqual(['mt', 'mt']);
  });

  it('still falls back when a proven core-mt hangs later', async () => {
    const behaviour: { mt: FakeBehaviour } = { mt: {} };
    const { engine, cores } = setup(behaviour);
    await engine.convert(request);
    behaviour.mt.exec = mainJob('hang');
    expect((await engine.convert(request)).core).toBe('st');
    expect(cores()).toEqual(['mt', 'mt', 'st']);
  });

  it('never retries a cancelled job', async () => {
    const { engine, cores, fake } = setup({ mt: { exec: mainJob('hang') } });
    const controller = new AbortController();
    const job = engine.convert(request, { signal: controller.signal });
    await vi.waitFor(() => expect(fake.instances[0]?.execs.length).toBe(2));
    controller.abort();
    await expect(job).rejects.toMatchObject({ code: 'cancelled' });
    expect(cores()).toEqual(['mt']);
    expect(engine.core).toBe('mt');
    expect(fake.instances[0]!.terminated).toBeGreaterThanOrEqual(1);
  });
});
