import { describe, expect, it } from 'vitest';
import { runInFreshFFmpeg, type RunOptions } from '@/lib/compress/runInFreshFFmpeg';
import { CompressError } from '@/lib/compress/CompressError';
import { fakeFFmpeg, type FakeBehaviour } from './fakeFFmpeg';

const core = {
  coreURL: 'ext://ffmpeg/st/ffmpeg-core.js',
  wasmURL: 'ext://ffmpeg/st/ffmpeg-core.wasm',
};

function setup(behaviour: FakeBehaviour = {}, overrides: Partial<RunOptions> = {}) {
  const fake = fakeFFmpeg(() => behaviour);
  const options: RunOptions = {
    FFmpegClass: fake.Class,
    core,
    threads: null,
    loadTimeoutMs: 1_000,
    stallTimeoutMs: 1_000,
    ...overrides,
  };
  return { fake, options };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CompressError);
  return (error as CompressError).code;
}

describe('runInFreshFFmpeg', () => {
  it('loads the given core, mounts the Blob read-only (WORKERFS) and terminates afterwards', async () => {
    const { fake, options } = setup();
    const blob = new Blob(['recording bytes']);
    const path = await runInFreshFFmpeg(options, (session) =>
      session.mountInput('input.webm', blob),
    );
    const [instance] = fake.instances;
    expect(path).toBe('/in1/input.webm');
    expect(instance?.loadConfig).toEqual(core);
    expect(instance?.dirs).toEqual(['/in1']);
    expect(instance?.mounts).toEqual([
      {
        fsType: 'WORKERFS',
        options: { blobs: [{ name: 'input.webm', data: blob }] },
        mountPoint: '/in1',
      },
    ]);
    expect(instance?.terminated).toBe(1);
  });

  it('uses a new instance per run', async () => {
    const { fake, options } = setup();
    await runInFreshFFmpeg(options, async () => null);
    await runInFreshFFmpeg(options, async () => null);
    expect(fake.instances).toHaveLength(2);
    expect(fake.instances.map((i) => i.terminated)).toEqual([1, 1]);
  });

  it("collects each exec's own log lines and adds -threads for core-mt", async () => {
    const { fake, options } = setup(
      { exec: (args) => ({ lines: [`ran ${args.at(-1)}`], exitCode: 0 }) },
      { threads: 2 },
    );
    const runs = await runInFreshFFmpeg(options, async (session) => [
      await session.exec(['-i', '/a', '/b']),
      await session.exec(['-i', '/c', '/d']),
    ]);
    expect(runs).toEqual([
      { exitCode: 0, lines: ['ran /b'] },
      { exitCode: 0, lines: ['ran /d'] },
    ]);
    expect(fake.instances[0]?.execs[0]).toEqual([
      '-threads',
      '2',
      '-i',
      '/a',
      '-threads',
      '2',
      '/b',
    ]);
  });

  it('still terminates when the task fails, and passes its error on', async () => {
    const { fake, options } = setup();
    const oops = new Error('task bug');
    await expect(runInFreshFFmpeg(options, async () => Promise.reject(oops))).rejects.toBe(oops);
    expect(fake.instances[0]?.terminated).toBeGreaterThanOrEqual(1);
  });

  it('reports a core that fails to load', async () => {
    const { fake, options } = setup({ load: 'reject' });
    expect(await codeOf(runInFreshFFmpeg(options, async () => null))).toBe('load-failed');
    expect(fake.instances[0]?.terminated).toBeGreaterThanOrEqual(1);
  });

  it('gives up on a core that never finishes loading', async () => {
    const { options } = setup({ load: 'hang' }, { loadTimeoutMs: 30 });
    expect(await codeOf(runInFreshFFmpeg(options, async () => null))).toBe('load-failed');
  });

  it('stops a job that goes quiet (watchdog), but not one that keeps reporting', async () => {
    const { fake, options } = setup({ exec: () => 'hang' }, { stallTimeoutMs: 60 });
    const started = Date.now();
    const job = runInFreshFFmpeg(options, (session) => session.exec(['-i', '/a', '/b']));
    let endedAt = 0;
    job.catch(() => (endedAt = Date.now()));
    // Progress every 20 ms for 200 ms keeps it alive well past the 60 ms limit.
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      fake.instances[0]?.emitProgress();
    }
    expect(await codeOf(job)).toBe('stalled');
    expect(endedAt - started).toBeGreaterThanOrEqual(190);
    expect(fake.instances[0]?.terminated).toBeGreaterThanOrEqual(1);
  });

  it('reports a worker that throws as crashed', async () => {
    const { options } = setup({ exec: () => 'crash' });
    expect(await codeOf(runInFreshFFmpeg(options, (s) => s.exec(['-i', '/a', '/b'])))).toBe(
      'crashed',
    );
  });

  it('cancels at once when the signal aborts, terminating ffmpeg', async () => {
    const { fake, options } = setup({ exec: () => 'hang' }, { stallTimeoutMs: 10_000 });
    const controller = new AbortController();
    const job = runInFreshFFmpeg({ ...options, signal: controller.signal }, (s) =>
      s.exec(['-i', '/a', '/b']),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await codeOf(job)).toBe('cancelled');
    expect(fake.instances[0]?.terminated).toBeGreaterThanOrEqual(1);
  });

  it('does not even start when already cancelled', async () => {
    const { fake, options } = setup();
    const controller = new AbortController();
    controller.abort();
    expect(
      await codeOf(runInFreshFFmpeg({ ...options, signal: controller.signal }, async () => 1)),
    ).toBe('cancelled');
    expect(fake.instances).toHaveLength(0);
  });
});
