import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bundleForPage } from '../bundleForPage';
import { KEEP_NAMES_SHIM } from '../ClipBench';
import { startLoadWatch } from '../machineLoad';
import { BenchMismatchError, type BenchRow, type Scenario } from '../scenarioTypes';
import { startDriveEmulator } from '../../test/drive/driveEmulator';

const MB = 1024 * 1024;
const SIZE = 64 * MB;
const REPS = 3;
/** The product goal, reported next to the number; never a pass/fail threshold. */
const TARGET_RATIO = 0.8;

type Bench = {
  prepare(size: number): number;
  uploadToDrive(
    baseUrl: string,
    token: string,
    name: string,
  ): Promise<{ ms: number; size: number; md5: string }>;
  rawCopy(url: string): Promise<{ ms: number; size: number }>;
};

/** A bare loopback sink: reads the body, answers its length; CORS so an extension page may call it. */
async function startSink() {
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'PUT');
    res.setHeader('Access-Control-Allow-Headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let received = 0;
    req.on('data', (chunk: Buffer) => (received += chunk.length));
    req.on('end', () => res.writeHead(200).end(String(received)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sink`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const RAW_ROW = `plain fetch PUT of ${SIZE / MB} MB to a loopback sink (reference)`;

export const driveUpload: Scenario = {
  name: 'drive-upload',
  description:
    'a 64 MB resumable upload through the Drive client (8 MiB chunks, MD5 check) from the dashboard page to the ' +
    'Drive emulator, vs one plain fetch PUT of the same blob to a loopback sink',
  async run(ctx) {
    const load = startLoadWatch();
    const emulator = await startDriveEmulator({ tokens: ['bench-token'] });
    const sink = await startSink();
    const extension = await ctx.extension();
    const page = await extension.openPage('dashboard.html');
    try {
      await page.evaluate(KEEP_NAMES_SHIM);
      await page.evaluate(
        await bundleForPage(join(ctx.rootDir, 'bench/browser/driveUploadBench.ts')),
      );
      const bench = 'globalThis.__plpUploadBench';
      await page.evaluate(`${bench}.prepare(${SIZE})`);
      const raw: number[] = [];
      const drive: number[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        const copy = await page.evaluate(
          (url) =>
            (globalThis as unknown as { __plpUploadBench: Bench }).__plpUploadBench.rawCopy(url),
          sink.url,
        );
        if (copy.size !== SIZE) throw new BenchMismatchError(`sink got ${copy.size} bytes`);
        raw.push(copy.ms);
        const upload = await page.evaluate(
          ([url, name]) =>
            (globalThis as unknown as { __plpUploadBench: Bench }).__plpUploadBench.uploadToDrive(
              url,
              'bench-token',
              name,
            ),
          [emulator.url, `bench-${rep}.mp4`] as const,
        );
        const stored = emulator.files.find((f) => f.name === `bench-${rep}.mp4`);
        if (
          upload.size !== SIZE ||
          !stored ||
          createHash('md5').update(stored.content).digest('hex') !== upload.md5
        ) {
          throw new BenchMismatchError(`Drive upload ${rep}: ${upload.size} bytes, md5 mismatch`);
        }
        drive.push(upload.ms);
      }
      const rows: BenchRow[] = [
        { label: RAW_ROW, samplesMs: raw },
        {
          label: `Drive resumable upload of ${SIZE / MB} MB to the emulator`,
          samplesMs: drive,
          referenceLabel: RAW_ROW,
        },
      ];
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(raw) / median(drive);
      const mbps = (ms: number) => (SIZE / MB / (ms / 1000)).toFixed(0);
      return {
        rows,
        details: {
          sizeBytes: SIZE,
          chunkBytes: 8 * MB,
          throughputRatio: ratio,
          targetRatio: TARGET_RATIO,
        },
        notes: [
          `upload throughput ${drive.map(mbps).join(', ')} MB/s; raw loopback ${raw.map(mbps).join(', ')} MB/s`,
          `ratio (median) ${(ratio * 100).toFixed(0)}% of the raw copy (target ≥ ${TARGET_RATIO * 100}%: ` +
            `${ratio >= TARGET_RATIO ? 'met' : 'missed'})`,
          load(),
        ],
      };
    } finally {
      await page.close();
      await sink.close();
      await emulator.close();
    }
  },
};
