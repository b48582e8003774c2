import { readdirSync, readFileSync } from 'node:fs';

/**
 * The browser's memory as the machine sees it: proportional set size (PSS)
 * summed over the browser process and all its children (renderers, GPU,
 * utility and the offscreen document's process). PSS counts shared pages
 * once, so the sum is what the browser really costs a 4 GB Chromebook.
 */
export function browserPssBytes(profileDir: string): number {
  const parents = new Map<number, number>();
  let root: number | null = null;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name may contain spaces; the parent pid follows the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(pid, parent);
      if (root === null) {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (cmdline.includes(`--user-data-dir=${profileDir}`) && !cmdline.includes('--type=')) {
          root = pid;
        }
      }
    } catch {
      // The process ended while we looked.
    }
  }
  if (root === null) throw new Error(`No browser process for profile ${profileDir}`);
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // Gone, or not ours to read.
    }
  }
  return total;
}

/** Samples browserPssBytes every `intervalMs` until stopped; returns the peak. */
export function watchPeakMemory(profileDir: string, intervalMs = 500): () => number {
  let peak = browserPssBytes(profileDir);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, browserPssBytes(profileDir));
    } catch {
      // Sampling must never break the measurement it watches.
    }
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
