import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { FAULT_ATTACHMENT, type FaultReport } from './faultReport';
import { COUNTED_STORES, type ItemCounts } from './snapshotExtensionData';

/**
 * Outside test-results/: Playwright empties that folder when a run starts,
 * and `npm run test:faults` is two runs (page faults, then recording faults
 * one at a time), whose rows end up in this one file.
 */
export const FAULT_RESULTS_FILE = path.resolve('faults/results.json');

export interface FaultRow {
  project: string;
  test: string;
  result: 'pass' | 'fail';
  /** null when the test failed before it could report. */
  report: FaultReport | null;
  finishedAt: string;
}

const counts = (items: ItemCounts) => COUNTED_STORES.map((store) => items[store]).join('/');

function cells(row: FaultRow): string[] {
  const r = row.report;
  if (!r) return [row.test, '-', '-', '-', '(no report: failed before measuring)', '-', row.result];
  return [
    r.fault,
    `${counts(r.itemsBefore)} → ${counts(r.itemsAfter)}`,
    String(r.lostBytes),
    r.lostMeaning,
    r.messageShown,
    String(r.unhandledErrors.length),
    row.result,
  ];
}

/** A plain-text table; long cells are cut so a row stays on one line. */
export function formatFaultTable(rows: FaultRow[]): string {
  const header = [
    'fault',
    `items before → after (${COUNTED_STORES.join('/')})`,
    'lost bytes',
    'lost bytes measure',
    'message shown',
    'unhandled',
    'result',
  ];
  const cut = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 64 ? `${flat.slice(0, 61)}...` : flat;
  };
  const table = [header, ...rows.map((row) => cells(row).map(cut))];
  const widths = header.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join(' | ');
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...table.slice(1).map(line),
  ].join('\n');
}

function readRows(): FaultRow[] {
  try {
    return JSON.parse(readFileSync(FAULT_RESULTS_FILE, 'utf8')) as FaultRow[];
  } catch {
    return [];
  }
}

/**
 * Collects the 'fault' attachments (reportFault) of every @fault test, prints
 * the fault table at the end of the run and writes it to faults/results.json.
 * Rows of the projects this run did not cover are kept, so the page run and
 * the recording run add up to one table.
 */
export default class FaultTableReporter implements Reporter {
  private readonly rows: FaultRow[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const attachment = result.attachments.find((a) => a.name === FAULT_ATTACHMENT && a.body);
    const passed = result.status === test.expectedStatus;
    this.rows.push({
      project: test.parent.project()?.name ?? '',
      test: test.title,
      report: attachment ? (JSON.parse(attachment.body!.toString('utf8')) as FaultReport) : null,
      result: passed ? 'pass' : 'fail',
      finishedAt: new Date().toISOString(),
    });
  }

  onEnd(_result: FullResult): void {
    const projects = new Set(this.rows.map((row) => row.project));
    const rows = [...readRows().filter((row) => !projects.has(row.project)), ...this.rows];
    mkdirSync(path.dirname(FAULT_RESULTS_FILE), { recursive: true });
    writeFileSync(FAULT_RESULTS_FILE, `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`\nFault table (${rows.length} faults, ${FAULT_RESULTS_FILE}):\n`);
    console.log(formatFaultTable(rows));
  }

  printsToStdio(): boolean {
    return true;
  }
}
