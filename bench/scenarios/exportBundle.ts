import { join } from 'node:path';
import { bundleForPage } from '../bundleForPage';
import { KEEP_NAMES_SHIM } from '../ClipBench';
import { launchExtension } from '../launchExtension';
import { startLoadWatch } from '../machineLoad';
import { browserPssBytes, watchPeakMemory } from '../media/browserMemory';
import { BenchMismatchError, type BenchRow, type Scenario } from '../scenarioTypes';
import type { ExportSeedParams, TimedExport } from '../browser/exportBench';

// `BENCH_QUICK=1` exports 256 MB instead of 1 GB (about a minute instead of several).
const QUICK = process.env.BENCH_QUICK === '1';
const SEED: ExportSeedParams = QUICK ? { files: 8, mbPerFile: 32 } : { files: 21, mbPerFile: 48 };
const MB = 1024 * 1024;
/** The product goal, reported next to the number; never a pass/fail threshold. */
const TARGET_PEAK_GROWTH_MB = 150;

type Bench = {
  seed(p: ExportSeedParams): Promise<{ bytes: number }>;
  exportBundle(): Promise<TimedExport>;
  plainCopy(): Promise<TimedExport>;
};

const PLAIN_ROW = 'plain copy of the media into a Blob, no zip, no hash (reference)';

export const exportBundle: Scenario = {
  name: 'export-bundle',
  description:
    'a 1 GB ZIP bundle (planBundle + writeBundleToBlob in the dashboard page): time, throughput and the ' +
    "browser's peak memory growth, vs a plain stream copy of the same blobs",
  async run(ctx) {
    const load = startLoadWatch();
    // A browser of its own: 1 GB of media must not linger in the shared profile for later scenarios.
    const session = await launchExtension({
      extensionDir: join(ctx.rootDir, '.output/chrome-mv3'),
      extraArgs: ['--js-flags=--expose-gc'],
    });
    try {
      const page = await session.openPage('dashboard.html#/export');
      await page.evaluate(KEEP_NAMES_SHIM);
      await page.evaluate(await bundleForPage(join(ctx.rootDir, 'bench/browser/exportBench.ts')));
      const call = (name: 'exportBundle' | 'plainCopy') =>
        page.evaluate(
          (n) => (globalThis as unknown as { __plpExportBench: Bench }).__plpExportBench[n](),
          name,
        );
      const seeded = await page.evaluate(
        (p) => (globalThis as unknown as { __plpExportBench: Bench }).__plpExportBench.seed(p),
        SEED,
      );
      const rows: BenchRow[] = [];
      const plain: number[] = [];
      const zip: number[] = [];
      const growthMb: number[] = [];
      let zipBytes = 0;
      for (let rep = 0; rep < 2; rep++) {
        const copy = await call('plainCopy');
        if (copy.bytes !== seeded.bytes) {
          throw new BenchMismatchError(`plain copy wrote ${copy.bytes} of ${seeded.bytes} bytes`);
        }
        plain.push(copy.ms);
        await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
        const before = browserPssBytes(session.profileDir);
        const stop = watchPeakMemory(session.profileDir, 250);
        const written = await call('exportBundle');
        growthMb.push((stop() - before) / MB);
        // Stored (level 0) media: the ZIP is the media plus headers, the manifest and index.html.
        if (written.bytes < seeded.bytes) {
          throw new BenchMismatchError(`bundle of ${written.bytes} bytes < ${seeded.bytes} media`);
        }
        zip.push(written.ms);
        zipBytes = written.bytes;
      }
      rows.push({ label: PLAIN_ROW, samplesMs: plain, items: SEED.files });
      rows.push({
        label: `export ${Math.round(seeded.bytes / MB)} MB bundle → ZIP Blob`,
        samplesMs: zip,
        items: SEED.files,
        referenceLabel: PLAIN_ROW,
      });
      const mbps = (ms: number) => seeded.bytes / MB / (ms / 1000);
      const peak = Math.max(...growthMb);
      return {
        rows,
        details: {
          seed: SEED,
          mediaBytes: seeded.bytes,
          zipBytes,
          exportMBps: zip.map(mbps),
          plainCopyMBps: plain.map(mbps),
          peakGrowthMB: growthMb,
          targetPeakGrowthMB: TARGET_PEAK_GROWTH_MB,
        },
        notes: [
          `export throughput ${zip.map((ms) => mbps(ms).toFixed(0)).join(', ')} MB/s; plain copy ` +
            `${plain.map((ms) => mbps(ms).toFixed(0)).join(', ')} MB/s`,
          `browser memory (PSS, all processes) peak growth during export: ` +
            `${growthMb.map((mb) => mb.toFixed(0)).join(', ')} MB (target ≤ ${TARGET_PEAK_GROWTH_MB} MB: ` +
            `${peak <= TARGET_PEAK_GROWTH_MB ? 'met' : 'missed'})`,
          load(),
        ],
      };
    } finally {
      await session.close();
    }
  },
};
