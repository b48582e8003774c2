import { describe, expect, it } from 'vitest';
import {
  dataUrlToBlob,
  encodeScreenshot,
  makeThumbnail,
  SCREENSHOT_JPEG_QUALITY,
  SCREENSHOT_WEBP_QUALITY,
  THUMBNAIL_QUALITY,
} from '@/lib/capture/encodeImage';
import { FakeBitmap, fakeCanvasClass, pixelsOf } from './fakeCanvas';

const bitmap = (width: number, height: number) =>
  FakeBitmap.fromLabel(width, height, (r, c) => `${r},${c}`) as unknown as ImageBitmap;

describe('encodeScreenshot', () => {
  it('encodes WebP at the text-legible quality, at full size', async () => {
    const canvas = fakeCanvasClass();
    const result = await encodeScreenshot(bitmap(40, 30), {}, canvas);
    expect(result).toMatchObject({ width: 40, height: 30 });
    expect(result.blob.type).toBe('image/webp');
    expect(canvas.encoded).toEqual([
      { type: 'image/webp', quality: SCREENSHOT_WEBP_QUALITY, width: 40, height: 30 },
    ]);
    const pixels = await pixelsOf(result.blob);
    expect(pixels[29]![39]).toBe('29,39');
  });

  it('falls back to JPEG when the browser hands back PNG for WebP', async () => {
    const canvas = fakeCanvasClass({ webp: false });
    const result = await encodeScreenshot(bitmap(40, 30), {}, canvas);
    expect(result.blob.type).toBe('image/jpeg');
    expect(canvas.encoded.map((call) => [call.type, call.quality])).toEqual([
      ['image/png', SCREENSHOT_WEBP_QUALITY],
      ['image/jpeg', SCREENSHOT_JPEG_QUALITY],
    ]);
  });

  it('uses JPEG directly when asked, with the given quality', async () => {
    const canvas = fakeCanvasClass();
    const result = await encodeScreenshot(
      bitmap(10, 10),
      { type: 'image/jpeg', quality: 0.8 },
      canvas,
    );
    expect(result.blob.type).toBe('image/jpeg');
    expect(canvas.encoded).toEqual([{ type: 'image/jpeg', quality: 0.8, width: 10, height: 10 }]);
  });

  it('scales down to maxWidth, keeping the aspect ratio', async () => {
    const canvas = fakeCanvasClass();
    const result = await encodeScreenshot(bitmap(400, 300), { maxWidth: 100 }, canvas);
    expect(result).toMatchObject({ width: 100, height: 75 });
    const pixels = await pixelsOf(result.blob);
    expect(pixels[74]![99]).toBe('296,396');
  });

  it('never scales up', async () => {
    const result = await encodeScreenshot(bitmap(40, 30), { maxWidth: 4000 }, fakeCanvasClass());
    expect(result).toMatchObject({ width: 40, height: 30 });
  });

  it('encodes a canvas already at size without copying it', async () => {
    const canvas = fakeCanvasClass();
    const source = new canvas.OffscreenCanvas(20, 20);
    await encodeScreenshot(source, {}, canvas);
    expect(canvas.created).toHaveLength(1);
  });

  it('uses JPEG for images taller than WebP can store', async () => {
    const canvas = fakeCanvasClass();
    const result = await encodeScreenshot(bitmap(1, 16384), {}, canvas);
    expect(result.blob.type).toBe('image/jpeg');
    expect(canvas.encoded.map((call) => call.type)).toEqual(['image/jpeg']);
  });
});

describe('makeThumbnail', () => {
  it('is 320 px wide, in WebP at thumbnail quality', async () => {
    const canvas = fakeCanvasClass();
    const blob = await makeThumbnail(bitmap(1280, 640), { width: 320 }, canvas);
    expect(blob.type).toBe('image/webp');
    expect(canvas.encoded).toEqual([
      { type: 'image/webp', quality: THUMBNAIL_QUALITY, width: 320, height: 160 },
    ]);
  });

  it('shows the top of a tall page rather than a thin strip', async () => {
    const canvas = fakeCanvasClass();
    const blob = await makeThumbnail(bitmap(64, 2000), { width: 32 }, canvas);
    // At most twice as tall as wide.
    expect(canvas.encoded[0]).toMatchObject({ width: 32, height: 64 });
    const pixels = await pixelsOf(blob);
    // The last thumbnail row comes from row 126 of the source (scale 0.5), not from its bottom.
    expect(pixels[63]![0]).toBe('126,0');
  });

  it('keeps a small image at its size', async () => {
    const canvas = fakeCanvasClass({ webp: false });
    const blob = await makeThumbnail(bitmap(100, 50), {}, canvas);
    expect(blob.type).toBe('image/jpeg');
    expect(canvas.encoded.at(-1)).toMatchObject({ width: 100, height: 50 });
  });
});

describe('dataUrlToBlob', () => {
  it('decodes a base64 PNG data URL byte for byte', async () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff];
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    const blob = dataUrlToBlob(url);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(bytes);
  });

  it('decodes a percent-encoded text data URL', async () => {
    const blob = dataUrlToBlob('data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E');
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toBe('<svg/>');
  });

  it('rejects what is not a data URL', () => {
    expect(() => dataUrlToBlob('https://example.org/a.png')).toThrow(TypeError);
  });
});
