import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem, arch } from 'node:os';
import { join } from 'node:path';
import { summarize, type Summary } from './stats';
import type { BenchRow } from './scenarioTypes';

export interface MachineInfo {
  cpuCount: number;
  cpuModel: string;
  totalMemoryBytes: number;
  os: string;
  node: string;
  chromium: string | null;
  playwrightCore: string | null;
  /** The commit measured; uncommitted edits are not detected (no git command that writes). */
  gitCommit: string | null;
}

export interface ReportedRow extends Summary {
  label: string;
  items?: number;
  referenceLabel?: string;
  /** Reference median / this median: above 1 means faster than the reference. */
  speedupVsReference?: number;
  samplesMs: number[];
}

export interface ScenarioReport {
  scenario: string;
  description: string;
  startedAt: string;
  durationMs: number;
  machine: MachineInfo;
  rows: ReportedRow[];
  details?: Record<string, unknown>;
  notes?: string[];
  error?: string;
}

async function packageVersion(rootDir: string, name: string): Promise<string | null> {
  try {
    const pkg = JSON.parse(
      await readFile(join(rootDir, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? null;
  } catch {
    return null;
  }
}

function gitCommit(rootDir: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: rootDir, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Numbers differ between machines, so every result says what it was measured on. */
export async function machineInfo(rootDir: string, chromium: string | null): Promise<MachineInfo> {
  return {
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    totalMemoryBytes: totalmem(),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium,
    playwrightCore: await packageVersion(rootDir, 'playwright-core'),
    gitCommit: gitCommit(rootDir),
  };
}

/** Checks that every reference exists, so a renamed row fails instead of losing its comparison. */
export function toReportedRows(rows: readonly BenchRow[]): ReportedRow[] {
  const byLabel = new Map(rows.map((r) => [r.label, summarize(r.samplesMs)]));
  return rows.map((row) => {
    const summary = byLabel.get(row.label)!;
    let speedupVsReference: number | undefined;
    if (row.referenceLabel !== undefined) {
      const reference = byLabel.get(row.referenceLabel);
      if (!reference) throw new Error(`row "${row.label}" names a missing reference`);
      speedupVsReference = reference.medianMs / summary.medianMs;
    }
    return {
      label: row.label,
      ...summary,
      items: row.items,
      referenceLabel: row.referenceLabel,
      speedupVsReference,
      samplesMs: row.samplesMs,
    };
  });
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));

function comparison(row: ReportedRow): string {
  if (row.speedupVsReference === undefined) return 'reference';
  const x = row.speedupVsReference;
  return x >= 1 ? `${x.toFixed(1)}x faster` : `${(1 / x).toFixed(1)}x slower`;
}

export function printScenario(report: ScenarioReport): void {
  console.log(`\n== ${report.scenario}: ${report.description}`);
  if (report.error) {
    console.log(`   FAILED: ${report.error}`);
    return;
  }
  const header = ['measurement', 'n', 'median ms', 'p95 ms', 'min ms', 'items', 'vs reference'];
  const lines = report.rows.map((r) => [
    r.label,
    String(r.n),
    ms(r.medianMs),
    ms(r.p95Ms),
    ms(r.minMs),
    r.items === undefined ? '' : String(r.items),
    comparison(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  // Text left-aligned, numbers right-aligned, as a reader scans them.
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  for (const note of report.notes ?? []) console.log(`   ${note}`);
  console.log(`   (${(report.durationMs / 1000).toFixed(1)} s)`);
}

export function printMachine(machine: MachineInfo): void {
  console.log(
    `machine: ${machine.cpuCount} x ${machine.cpuModel}, ${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, ` +
      `node ${machine.node}, chromium ${machine.chromium ?? 'not launched'}`,
  );
}

/** Colons are not portable in file names, so the ISO time is made file-safe. */
const fileStamp = (iso: string) => iso.replace(/[:.]/g, '-');

/**
 * One file per scenario and run (kept for comparing runs over time) plus
 * latest.json with the whole run, which is what a reader or CI looks at first.
 */
export async function writeResults(
  resultsDir: string,
  runStartedAt: string,
  reports: readonly ScenarioReport[],
): Promise<string[]> {
  await mkdir(resultsDir, { recursive: true });
  const written: string[] = [];
  for (const report of reports) {
    const file = join(resultsDir, `${report.scenario}-${fileStamp(report.startedAt)}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    written.push(file);
  }
  const latest = join(resultsDir, 'latest.json');
  await writeFile(
    latest,
    `${JSON.stringify({ startedAt: runStartedAt, scenarios: reports }, null, 2)}\n`,
  );
  written.push(latest);
  return written;
}
