import type { RasterCanvas, RasterContext, SeesawRaster } from '@/lib/export/seesaw/SeesawRaster';

/** A real 1x1 PNG, so pdf-lib can embed what the fake canvas "draws". */
export const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

export interface DrawCall {
  op: string;
  args: unknown[];
}

/**
 * A stand-in for createImageBitmap + OffscreenCanvas. An "image" blob holds
 * its size as text ("1200x900"); a canvas records what was drawn and
 * "encodes" to a blob whose text is the canvas size and type (PNG requests
 * get a real tiny PNG so PDFs can embed it). Text is 6 px per character.
 */
export function fakeRaster() {
  const canvases: { width: number; height: number; calls: DrawCall[]; closed: number }[] = [];
  let closed = 0;
  const raster: SeesawRaster = {
    decode: async (blob) => {
      const [width, height] = (await blob.text()).split('x').map(Number);
      if (!width || !height) throw new Error('not an image');
      return { width, height, close: () => void (closed += 1) };
    },
    createCanvas: (width, height): RasterCanvas => {
      const record = { width, height, calls: [] as DrawCall[], closed: 0 };
      canvases.push(record);
      const log =
        (op: string) =>
        (...args: unknown[]) =>
          void record.calls.push({ op, args });
      const context: RasterContext = {
        fillStyle: '',
        font: '',
        textBaseline: 'alphabetic',
        direction: 'ltr',
        textAlign: 'left',
        fillRect: log('fillRect'),
        drawImage: log('drawImage'),
        fillText: (text, x, y) =>
          record.calls.push({ op: 'fillText', args: [text, x, y, context.direction] }),
        measureText: (text) => ({ width: Array.from(text).length * 6 }),
      };
      return {
        getContext: () => context,
        convertToBlob: async ({ type }) =>
          type === 'image/png'
            ? new Blob([TINY_PNG], { type })
            : new Blob([`${width}x${height}`], { type }),
      };
    },
  };
  return {
    raster,
    canvases,
    get closed() {
      return closed;
    },
  };
}
