/**
 * `npm run bench` runs every scenario; `npm run bench -- evidence-query` runs
 * only the named ones; `--list` prints them. Exits non-zero when a scenario
 * fails, including when an optimised query answers differently from its baseline.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension, type ExtensionSession } from './launchExtension';
import {
  machineInfo,
  printMachine,
  printScenario,
  toReportedRows,
  writeResults,
  type ScenarioReport,
} from './report';
import { SCENARIOS } from './scenarios/index';
import type { BenchContext, ScenarioOutput } from './scenarioTypes';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

function selectScenarios(args: readonly string[]) {
  const names = args.filter((a) => !a.startsWith('--'));
  if (names.length === 0) return SCENARIOS;
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(
      `Unknown scenario(s): ${unknown.join(', ')}. Known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  return SCENARIOS.filter((s) => names.includes(s.name));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--list') || args.includes('--help')) {
    console.log('usage: tsx bench/run.ts [scenario ...]\n');
    for (const s of SCENARIOS) console.log(`  ${s.name.padEnd(20)} ${s.description}`);
    return 0;
  }
  const selected = selectScenarios(args);

  let launching: Promise<ExtensionSession> | undefined;
  const ctx: BenchContext = {
    rootDir,
    // Launched once, on first use: node-only scenarios need no browser.
    extension: () =>
      (launching ??= launchExtension({
        extensionDir: join(rootDir, '.output/chrome-mv3'),
        // Precise heap numbers (not bucketed) and window.gc() before each reading.
        extraArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
      })),
  };
  // Ctrl-C must still remove the temporary browser profile.
  const onSignal = () => {
    void (launching?.then((s) => s.close()) ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const runStartedAt = new Date().toISOString();
  const outcomes: {
    startedAt: string;
    durationMs: number;
    output?: ScenarioOutput;
    error?: string;
  }[] = [];
  let chromium: string | null;
  try {
    for (const scenario of selected) {
      console.log(`running ${scenario.name} ...`);
      const startedAt = new Date().toISOString();
      const start = performance.now();
      try {
        const output = await scenario.run(ctx);
        outcomes.push({ startedAt, durationMs: performance.now() - start, output });
      } catch (error) {
        // Keep going: one broken scenario should not hide the others' numbers.
        console.error(error);
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        outcomes.push({ startedAt, durationMs: performance.now() - start, error: message });
      }
    }
  } finally {
    const session = await launching?.catch(() => undefined);
    chromium = session?.browserVersion ?? null;
    await session?.close();
  }

  const machine = await machineInfo(rootDir, chromium);
  const reports: ScenarioReport[] = selected.map((scenario, i) => {
    const outcome = outcomes[i]!;
    const base = {
      scenario: scenario.name,
      description: scenario.description,
      startedAt: outcome.startedAt,
      durationMs: outcome.durationMs,
      machine,
    };
    if (!outcome.output) return { ...base, rows: [], error: outcome.error };
    try {
      return {
        ...base,
        rows: toReportedRows(outcome.output.rows),
        details: outcome.output.details,
        notes: outcome.output.notes,
      };
    } catch (error) {
      return { ...base, rows: [], error: String(error) };
    }
  });

  printMachine(machine);
  for (const report of reports) printScenario(report);
  const files = await writeResults(join(rootDir, 'bench/results'), runStartedAt, reports);
  console.log(`\nwrote ${files.map((f) => f.slice(rootDir.length)).join(', ')}`);
  return reports.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
