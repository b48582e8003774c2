import type { ExtensionApi } from '../extensionApi';
import { getDb } from '../db/db';
import { createCompressEngine } from '../compress/createCompressEngine';
import { processReflection } from '../reflections/processReflection';
import { createRecorderHost } from './createRecorderHost';
import type { RecorderControl } from './recorderControl';

/**
 * The recording host with the real browser parts plugged in. The offscreen
 * document (Chromium) and the dashboard tab (Firefox) both use it.
 */
export function composeRecorderHost(options: {
  browser: Pick<ExtensionApi, 'runtime'>;
  hostedInThisPage: boolean;
}): RecorderControl {
  const db = getDb();
  const isFirefox = navigator.userAgent.includes('Firefox/');
  const engine = createCompressEngine({
    // The build copies the cores to ffmpeg/ (scripts/ffmpegCoreFiles.ts).
    coreBaseUrl: `${options.browser.runtime.getURL('/')}ffmpeg/`,
    multiThread: 'auto',
  });
  return createRecorderHost({
    db,
    mediaDevices: navigator.mediaDevices,
    MediaRecorder,
    createAudioContext: () => new AudioContext(),
    createCanvas: (width, height) =>
      Object.assign(document.createElement('canvas'), { width, height }),
    createVideoElement: () => document.createElement('video'),
    now: Date.now,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (id) => window.clearInterval(id),
    estimateStorage: () => navigator.storage.estimate(),
    process: (request, signal) =>
      processReflection({ db, engine, now: Date.now, newId: () => crypto.randomUUID() }, request, {
        signal,
      }),
    hostedInThisPage: options.hostedInThisPage,
    isFirefox,
  });
}
