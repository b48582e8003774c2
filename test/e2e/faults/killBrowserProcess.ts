import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Pid and parent pid of every process now, read from /proc. */
function processTable(): Map<number, { parent: number; cmdline: string }> {
  const table = new Map<number, { parent: number; cmdline: string }>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name may contain spaces; the state and parent pid follow the last ')'.
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue; // already dead, waiting to be reaped
      table.set(pid, {
        parent: Number(parent),
        cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8'),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** The browser process of the Chromium running on `profileDir` and all its descendants. */
function browserProcessTree(profileDir: string): number[] {
  const table = processTable();
  const root = [...table].find(
    ([, p]) =>
      p.cmdline.includes(`--user-data-dir=${profileDir}`) && !p.cmdline.includes('--type='),
  )?.[0];
  if (root === undefined) throw new Error(`No browser process for profile ${profileDir}`);
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { parent }] of table) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && processTable().has(pid);

/**
 * Kills the Chromium on `profileDir` the way a crash or a power cut would:
 * SIGKILL to the browser process, so nothing gets to flush, close or say
 * goodbye; its renderers and utility processes go down with it (any that
 * linger after 5 s get SIGKILL too). Resolves when none is left.
 */
export async function killBrowserProcess(profileDir: string): Promise<void> {
  const [root, ...children] = browserProcessTree(profileDir);
  process.kill(root!, 'SIGKILL');
  const started = Date.now();
  while ([root!, ...children].some(alive)) {
    if (Date.now() - started > 15_000) throw new Error('Chromium survived SIGKILL for 15 s');
    if (Date.now() - started > 5_000) {
      for (const pid of children.filter(alive)) process.kill(pid, 'SIGKILL');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
