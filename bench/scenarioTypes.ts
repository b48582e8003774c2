import type { ExtensionSession } from './launchExtension';

/**
 * One measured operation. Every timing row that is not itself a reference names
 * the row it is compared with, measured in the same run on the same machine:
 * absolute times vary too much between machines to be thresholds.
 */
export interface BenchRow {
  label: string;
  /** Raw samples in milliseconds, kept in the JSON so later runs can be re-analysed. */
  samplesMs: number[];
  /** How many items the operation returned or wrote; shown so a fast empty answer stands out. */
  items?: number;
  /** `label` of the reference row this one is compared with. */
  referenceLabel?: string;
}

export interface ScenarioOutput {
  rows: BenchRow[];
  /** Anything else worth keeping (parameters, memory, the data's shape). */
  details?: Record<string, unknown>;
  /** Short lines printed under the table: what a reader needs to trust the numbers. */
  notes?: string[];
}

export interface BenchContext {
  /** The browser with the built extension loaded, launched on first use and shared by scenarios. */
  extension(): Promise<ExtensionSession>;
  /** Absolute path of the project root, for bundling entry files and finding `.output`. */
  rootDir: string;
}

export interface Scenario {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<ScenarioOutput>;
}

/** Thrown when a measured operation gives a different answer than its reference. */
export class BenchMismatchError extends Error {
  override name = 'BenchMismatchError';
}
