import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

export interface VirtualDisplay {
  /** The value for DISPLAY, e.g. ":99". */
  display: string;
  /** Stops the X server and waits for it to exit; safe to call twice. */
  stop: () => Promise<void>;
}

/**
 * Starts a private X server, so Firefox can run headed (its getDisplayMedia
 * works only there) on a machine with no screen, such as CI.
 *
 * `-displayfd` lets Xvfb pick a free display number itself and write it to
 * a pipe once it accepts connections: no guessing from /tmp/.X11-unix, no
 * race with another Xvfb started at the same moment, and no sleep.
 */
export async function startXvfb(
  options: { width?: number; height?: number; timeoutMs?: number } = {},
): Promise<VirtualDisplay> {
  const { width = 1280, height = 800, timeoutMs = 15_000 } = options;
  if (!existsSync(XVFB_PATH)) {
    throw new Error(
      `Xvfb not found at ${XVFB_PATH}. Install it (apt-get install -y xvfb) or set XVFB_PATH.`,
    );
  }
  const server = spawn(
    XVFB_PATH,
    ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
    // fd 3 is the pipe Xvfb writes its display number to.
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  // Last resort if the run dies before stop() (a crash, Ctrl-C): never leave an X server behind.
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) resolve();
    else server.once('exit', () => resolve());
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const killLater = setTimeout(() => server.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(killLater);
    }
  };

  try {
    const number = await readDisplayNumber(server, timeoutMs);
    return { display: `:${number}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readDisplayNumber(server: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let written = '';
    let log = '';
    const timer = setTimeout(
      () => finish(new Error(`Xvfb gave no display within ${timeoutMs} ms. ${log}`)),
      timeoutMs,
    );
    const finish = (error: Error | null, value?: string) => {
      clearTimeout(timer);
      server.off('exit', onExit);
      if (error) reject(error);
      else resolve(value!);
    };
    const onExit = (code: number | null) =>
      finish(new Error(`Xvfb exited (code ${code}) before it was ready. ${log}`));
    server.once('exit', onExit);
    server.stderr?.on('data', (data: Buffer) => {
      // Keep only the tail: enough to explain a failure.
      log = (log + data.toString()).slice(-2_000);
    });
    const displayPipe = server.stdio[3] as NodeJS.ReadableStream;
    displayPipe.on('data', (data: Buffer) => {
      written += data.toString();
      // Xvfb writes the number followed by a newline once it is listening.
      const match = /^(\d+)\n/.exec(written);
      if (match) finish(null, match[1]);
    });
  });
}
