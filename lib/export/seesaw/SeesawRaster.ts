/**
 * The little of the browser's imaging a Seesaw export needs, passed in so
 * unit tests (Node, no canvas) can hand over fakes. Extension pages give the
 * real ones: createImageBitmap and OffscreenCanvas, in Chrome and Firefox.
 */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  close?(): void;
}

export interface RasterContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textBaseline: CanvasTextBaseline;
  direction: CanvasDirection;
  textAlign: CanvasTextAlign;
  fillRect(x: number, y: number, width: number, height: number): void;
  drawImage(image: never, dx: number, dy: number, dw: number, dh: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

export interface RasterCanvas {
  getContext(kind: '2d'): RasterContext | null;
  convertToBlob(options: { type: string; quality?: number }): Promise<Blob>;
}

export interface SeesawRaster {
  decode(blob: Blob): Promise<RasterImage>;
  createCanvas(width: number, height: number): RasterCanvas;
}

/** The browser's own: what the export page passes. */
export function browserRaster(scope: typeof globalThis = globalThis): SeesawRaster {
  return {
    decode: (blob) => scope.createImageBitmap(blob),
    createCanvas: (width, height) =>
      new scope.OffscreenCanvas(width, height) as unknown as RasterCanvas,
  };
}
