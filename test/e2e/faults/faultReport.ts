import type { TestInfo } from '@playwright/test';
import type { DataSnapshot, ItemCounts } from './snapshotExtensionData';

/** The attachment name the fault table reporter collects. */
export const FAULT_ATTACHMENT = 'fault';

export interface FaultReport {
  /** The fault, in a few words: what broke and when. */
  fault: string;
  itemsBefore: ItemCounts;
  itemsAfter: ItemCounts;
  /** SHA-256 per record and media blob (snapshotExtensionData), when the test took them. */
  hashesBefore?: DataSnapshot['records'];
  hashesAfter?: DataSnapshot['records'];
  /** Bytes of what the student had that the fault cost (0 = nothing lost). */
  lostBytes: number;
  /** What lostBytes measures for this fault, e.g. "media changed or missing". */
  lostMeaning: string;
  /** The message the student saw, quoted from the page. */
  messageShown: string;
  /** Uncaught errors and unhandled rejections seen meanwhile (watchUnhandledErrors). */
  unhandledErrors: string[];
}

/**
 * Attaches the fault's outcome to the test as JSON; faultTableReporter.ts
 * turns every such attachment into one row of the fault table, with the
 * test's own pass/fail as the result. Call it after the test's assertions
 * have measured what it reports, before the final ones.
 */
export async function reportFault(testInfo: TestInfo, report: FaultReport): Promise<void> {
  await testInfo.attach(FAULT_ATTACHMENT, {
    body: JSON.stringify(report, null, 2),
    contentType: 'application/json',
  });
}

/** Builds a report from two snapshots: counts and hashes come from them. */
export function faultReportFrom(
  fault: string,
  before: DataSnapshot,
  after: DataSnapshot,
  rest: Pick<FaultReport, 'lostBytes' | 'lostMeaning' | 'messageShown' | 'unhandledErrors'>,
): FaultReport {
  return {
    fault,
    itemsBefore: before.counts,
    itemsAfter: after.counts,
    hashesBefore: before.records,
    hashesAfter: after.records,
    ...rest,
  };
}
