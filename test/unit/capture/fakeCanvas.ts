/**
 * A tiny stand-in for OffscreenCanvas and ImageBitmap (Node has neither):
 * every pixel is a label, so a test can check which page pixel ended where
 * after cropping, scaling or stitching. It implements only what lib/capture
 * uses: getContext('2d') with fillRect and drawImage, convertToBlob, and
 * `width = 0` to release. The real thing is checked in Chromium (see the
 * report of the full-page work).
 */

export type Pixels = string[][];

export interface FakeImage {
  width: number;
  height: number;
  pixels: Pixels;
}

export class FakeBitmap implements FakeImage {
  closed = false;
  constructor(
    public width: number,
    public height: number,
    public pixels: Pixels,
  ) {}
  static fromLabel(width: number, height: number, label: (row: number, col: number) => string) {
    const pixels = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => label(r, c)),
    );
    return new FakeBitmap(width, height, pixels);
  }
  close() {
    this.closed = true;
  }
}

export interface FakeCanvasOptions {
  /** False makes convertToBlob return PNG for WebP, as a browser without a WebP encoder does. */
  webp?: boolean;
}

export interface EncodedCall {
  type: string;
  quality: number | undefined;
  width: number;
  height: number;
}

/** Returns a fresh OffscreenCanvas-like class and the log of what it encoded. */
export function fakeCanvasClass(options: FakeCanvasOptions = {}) {
  const encoded: EncodedCall[] = [];
  const created: FakeCanvas[] = [];

  class FakeCanvas implements FakeImage {
    pixels: Pixels;
    private _width: number;
    constructor(
      width: number,
      public height: number,
    ) {
      this._width = width;
      this.pixels = Array.from({ length: height }, () => Array<string>(width).fill('black'));
      created.push(this);
    }
    get width() {
      return this._width;
    }
    set width(value: number) {
      // Like a real canvas, resizing clears it (and 0 frees it).
      this._width = value;
      this.pixels = Array.from({ length: this.height }, () => Array<string>(value).fill('black'));
    }
    getContext() {
      return new FakeContext(this);
    }
    async convertToBlob(request: { type?: string; quality?: number } = {}) {
      const asked = request.type ?? 'image/png';
      const type = asked === 'image/webp' && options.webp === false ? 'image/png' : asked;
      encoded.push({ type, quality: request.quality, width: this.width, height: this.height });
      return new Blob([JSON.stringify(this.pixels)], { type });
    }
  }

  return {
    OffscreenCanvas: FakeCanvas as unknown as typeof OffscreenCanvas,
    encoded,
    created,
  };
}

class FakeContext {
  fillStyle = '';
  imageSmoothingQuality = 'low';
  constructor(private readonly canvas: FakeImage) {}

  fillRect(x: number, y: number, width: number, height: number) {
    for (let r = Math.max(0, y); r < Math.min(this.canvas.height, y + height); r++) {
      for (let c = Math.max(0, x); c < Math.min(this.canvas.width, x + width); c++) {
        this.canvas.pixels[r]![c] = `fill:${this.fillStyle}`;
      }
    }
  }

  /** drawImage(src, dx, dy) or drawImage(src, sx, sy, sw, sh, dx, dy, dw, dh); nearest-neighbour scaling. */
  drawImage(source: FakeImage, ...args: number[]) {
    const [sx, sy, sw, sh, dx, dy, dw, dh] =
      args.length === 2
        ? [0, 0, source.width, source.height, args[0]!, args[1]!, source.width, source.height]
        : (args as [number, number, number, number, number, number, number, number]);
    for (let r = Math.max(0, dy); r < Math.min(this.canvas.height, dy + dh); r++) {
      const sourceRow = source.pixels[sy + Math.floor(((r - dy) * sh) / dh)];
      if (!sourceRow) continue;
      for (let c = Math.max(0, dx); c < Math.min(this.canvas.width, dx + dw); c++) {
        const pixel = sourceRow[sx + Math.floor(((c - dx) * sw) / dw)];
        if (pixel !== undefined) this.canvas.pixels[r]![c] = pixel;
      }
    }
  }
}

export async function pixelsOf(blob: Blob): Promise<Pixels> {
  return JSON.parse(await blob.text()) as Pixels;
}
