import { i18n } from '#i18n';
import { BlobReader, TextReader, ZipWriter } from '../bundle/zipLibrary';
import { buildCaptionsText, buildGuideText } from './buildSeesawTexts';
import { makeSeesawFileBlob, type SeesawFileDeps } from './makeSeesawFileBlob';
import { CAPTIONS_FILE_NAME, guideFileName, type SeesawPlan } from './SeesawFile';

export interface SeesawZipProgress {
  filesDone: number;
  filesTotal: number;
  /** The file being written. */
  file: string;
}

export interface WriteSeesawZipOptions {
  onProgress?: (progress: SeesawZipProgress) => void;
  signal?: AbortSignal;
}

/** Already compressed: deflating them again costs time and saves nothing. */
const STORED_TYPES = new Set([
  'video/mp4',
  'video/webm',
  'image/jpeg',
  'image/png',
  'application/pdf',
]);

/**
 * Streams the Seesaw files into a ZIP, one at a time (each file is made, then
 * written, then let go), followed by captions.txt and the how-to. Progress
 * counts files, not bytes: generated images and PDFs have no size until made.
 * On failure or cancel, `output` is aborted and the error thrown.
 */
export async function writeSeesawZip(
  deps: SeesawFileDeps,
  plan: SeesawPlan,
  output: WritableStream<Uint8Array>,
  options: WriteSeesawZipOptions = {},
): Promise<void> {
  const { signal, onProgress } = options;
  const target = output.getWriter();
  // zip.js locks the stream it is given; the relay keeps our handle to abort it.
  const relay = new WritableStream<Uint8Array>({
    write: (chunk) => target.write(chunk),
    close: () => target.close(),
    abort: (reason) => target.abort(reason),
  });
  const zip = new ZipWriter(relay, { signal, bufferedWrite: false });
  const stamp = new Date(deps.now());
  const filesTotal = plan.files.length + 2;
  let filesDone = 0;
  const report = (file: string) => onProgress?.({ filesDone, filesTotal, file });
  try {
    for (const file of plan.files) {
      signal?.throwIfAborted();
      report(file.fileName);
      const blob = await makeSeesawFileBlob(deps, file, signal);
      await zip.add(file.fileName, new BlobReader(blob), {
        level: STORED_TYPES.has(file.mimeType) ? 0 : 6,
        lastModDate: stamp,
        signal,
      });
      filesDone += 1;
    }
    for (const [name, text] of [
      [CAPTIONS_FILE_NAME, buildCaptionsText(plan)],
      [guideFileName(), buildGuideText()],
    ] as const) {
      signal?.throwIfAborted();
      report(name);
      await zip.add(name, new TextReader(text), { lastModDate: stamp, signal });
      filesDone += 1;
    }
    signal?.throwIfAborted();
    await zip.close();
    report(guideFileName());
  } catch (error) {
    await target.abort(error).catch(() => undefined);
    throw error;
  }
}

/** The ZIP as a Blob, streamed through Response so Chromium can spill a large one to disk. */
export async function writeSeesawZipToBlob(
  deps: SeesawFileDeps,
  plan: SeesawPlan,
  options: WriteSeesawZipOptions = {},
): Promise<Blob> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const collected = new Response(readable).blob();
  const [written, blob] = await Promise.allSettled([
    writeSeesawZip(deps, plan, writable, options),
    collected,
  ]);
  if (written.status === 'rejected') throw written.reason;
  if (blob.status === 'rejected') throw blob.reason;
  return new Blob([blob.value], { type: 'application/zip' });
}

/** "PLP for Seesaw 2026-11-23.zip": the student's own day. */
export function seesawZipFileName(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => n.toString().padStart(2, '0');
  return i18n.t('exportFiles.seesaw.zipFileName', {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
  });
}
