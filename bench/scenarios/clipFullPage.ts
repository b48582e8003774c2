import { BenchMismatchError, type Scenario } from '../scenarioTypes';
import {
  CAPTURE_GAP_MS,
  ClipBench,
  clipPhases,
  describePhases,
  evidenceIdOf,
  medianPhases,
  pause,
  type ClipPhases,
} from '../ClipBench';
import { summarize } from '../stats';
import { startLoadWatch } from '../machineLoad';
import { CAPTURE_MIN_INTERVAL_MS } from '../../lib/capture/pacedCapture';
import { planTiles } from '../../lib/capture/fullPage/planTiles';

const PARAMS = {
  fixture: '/long-page/source.html',
  viewport: { width: 1000, height: 800 },
  warmup: 1,
  // A clip takes about 7 s: three give a median without making the run long.
  reps: 3,
};

/** The product goal, reported next to the number; never a pass/fail threshold. */
const TARGET = { screens: 10, ms: 3000 };

const FLOOR_ROW = 'floor: (tiles − 1) × 520 ms pacing (computed)';
const CAPTURES_ROW = 'bare captures, 520 ms apart (reference)';
const CLIP_ROW = 'full-page clip, request → stored';

/** Least time for `tiles` captures started CAPTURE_MIN_INTERVAL_MS apart (the last one's own cost aside). */
const pacingFloorMs = (tiles: number) => Math.max(0, tiles - 1) * CAPTURE_MIN_INTERVAL_MS;

export const clipFullPage: Scenario = {
  name: 'clip-fullpage',
  description:
    'full-page clip (scroll, capture, stitch, encode, store) of the 12-screen long page at 1000×800, ' +
    'vs the same number of bare captures paced as the product paces them',
  async run(ctx) {
    const load = startLoadWatch();
    const bench = await ClipBench.open(await ctx.extension(), PARAMS.fixture, PARAMS.viewport);
    try {
      const measure = await bench.page.evaluate(() => {
        const scroller = document.scrollingElement ?? document.documentElement;
        return {
          scrollHeight: scroller.scrollHeight,
          scrollWidth: scroller.scrollWidth,
          viewportHeight: scroller.clientHeight,
          viewportWidth: scroller.clientWidth,
          devicePixelRatio,
        };
      });
      // The product's own plan, so the reference makes exactly as many captures as the clip.
      const tiles = planTiles(measure).scrollPositions.length;

      const warmupMs: number[] = [];
      for (let i = 0; i < PARAMS.warmup; i++) {
        const timed = await bench.clip('fullpage', 'popup');
        evidenceIdOf(timed);
        warmupMs.push(timed.ms);
        await pause(CAPTURE_GAP_MS);
      }
      const clipMs: number[] = [];
      const capturesMs: number[] = [];
      const callMs: number[] = [];
      const phases: (ClipPhases | null)[] = [];
      let lastId = '';
      for (let i = 0; i < PARAMS.reps; i++) {
        const timed = await bench.clip('fullpage', 'popup');
        lastId = evidenceIdOf(timed);
        clipMs.push(timed.ms);
        phases.push(clipPhases(timed));
        await pause(CAPTURE_GAP_MS);
        const paced = await bench.pacedCaptures(tiles);
        capturesMs.push(paced.totalMs);
        callMs.push(...paced.callMs);
        await pause(CAPTURE_GAP_MS);
      }

      // The whole page, one viewport wide, and the page left where it was.
      const stored = await bench.readClip(lastId);
      const expected = {
        width: Math.round(measure.viewportWidth * measure.devicePixelRatio),
        height: Math.round(measure.scrollHeight * measure.devicePixelRatio),
      };
      const scrolledTo = await bench.page.evaluate(() => window.scrollY);
      if (
        stored.evidence.height !== expected.height ||
        stored.main?.width !== expected.width ||
        scrolledTo !== 0
      ) {
        throw new BenchMismatchError(
          `stored full-page clip is not ${expected.width}×${expected.height} or the page was not restored: ` +
            JSON.stringify({ height: stored.evidence.height, main: stored.main, scrolledTo }),
        );
      }

      const phase = medianPhases(phases);
      const clip = summarize(clipMs);
      const captures = summarize(capturesMs);
      const call = summarize(callMs);
      const floor = pacingFloorMs(tiles);
      const targetFloor = pacingFloorMs(TARGET.screens);
      const overhead = clip.medianMs - captures.medianMs;
      const perTile = captures.medianMs / tiles;
      const tenScreens = pacingFloorMs(TARGET.screens) + call.medianMs + overhead;
      return {
        rows: [
          { label: FLOOR_ROW, samplesMs: [floor], items: tiles },
          { label: CAPTURES_ROW, samplesMs: capturesMs, items: tiles, referenceLabel: FLOOR_ROW },
          { label: CLIP_ROW, samplesMs: clipMs, items: tiles, referenceLabel: CAPTURES_ROW },
        ],
        notes: [
          `page ${measure.scrollHeight} px tall at a ${measure.viewportWidth}×${measure.viewportHeight} viewport: ` +
            `${tiles} tiles; stored ${stored.main?.mimeType} ${expected.width}×${expected.height}, ` +
            `${((stored.main?.size ?? 0) / 1024).toFixed(0)} KiB`,
          `target ≤ ${TARGET.ms} ms for ${TARGET.screens} screens cannot be met while captures are paced: ` +
            `${TARGET.screens} captures 520 ms apart need ≥ ${targetFloor} ms before the last one starts ` +
            `(Chrome's own limit, 2 captures/s, allows no better than about ${Math.ceil(TARGET.screens / 2 - 1) * 1000} ms)`,
          `estimated ${TARGET.screens}-screen clip at this run's costs: ${targetFloor} ms pacing + ` +
            `${call.medianMs.toFixed(0)} ms last capture + ${overhead.toFixed(0)} ms beyond captures ≈ ${tenScreens.toFixed(0)} ms`,
          `the clip takes ${overhead.toFixed(0)} ms (median) more than the bare paced captures ` +
            `(${perTile.toFixed(0)} ms per tile); its phases (medians): ${describePhases(phase)}`,
          'before: tab checks, clipper, metadata, scroll to top; during: pacing, scrolling and hiding fixed ' +
            'elements between tiles, decoding and stitching each tile; after: WebP encode of the stitched page, ' +
            'thumbnail, SHA-256, IndexedDB commit',
          `one bare captureVisibleTab call: median ${call.medianMs.toFixed(0)} ms, p95 ${call.p95Ms.toFixed(0)} ms ` +
            `(${callMs.length} calls); clips and references are ${CAPTURE_GAP_MS} ms apart`,
          `warm-up clips (not in the table): ${warmupMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
          load(),
        ],
        details: {
          params: PARAMS,
          target: TARGET,
          measure,
          tiles,
          pacingFloorMs: floor,
          targetPacingFloorMs: targetFloor,
          captureCallMs: callMs,
          phasesMedianMs: phase,
          phasesMs: phases,
          overheadBeyondCapturesMs: overhead,
          estimatedTargetScreensMs: tenScreens,
          storedMain: stored.main,
          warmupClipMs: warmupMs,
        },
      };
    } finally {
      await bench.close();
    }
  },
};
