import { describe, expect, it } from 'vitest';
import {
  imageScaleFor,
  makeSeesawImage,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
} from '@/lib/export/seesaw/makeSeesawImage';
import { fakeRaster } from './seesawTestKit';

const image = (width: number, height: number) => new Blob([`${width}x${height}`]);

describe('makeSeesawImage', () => {
  it('converts one image to JPEG on white, at full size when it fits', async () => {
    const fake = fakeRaster();
    const out = await makeSeesawImage(fake.raster, [image(800, 600)]);
    expect(out.type).toBe('image/jpeg');
    expect(await out.text()).toBe('800x600');
    const [canvas] = fake.canvases;
    expect(canvas?.calls[0]).toEqual({ op: 'fillRect', args: [0, 0, 800, 600] });
    expect(canvas?.calls[1]?.args.slice(1)).toEqual([0, 0, 800, 600]);
    expect(fake.closed).toBe(1);
  });

  it('stacks full-page parts top to bottom', async () => {
    const fake = fakeRaster();
    const out = await makeSeesawImage(fake.raster, [image(1280, 4000), image(1280, 1500)]);
    expect(await out.text()).toBe('1280x5500');
    const draws = fake.canvases[0]?.calls.filter((c) => c.op === 'drawImage');
    expect(draws?.map((d) => d.args.slice(1))).toEqual([
      [0, 0, 1280, 4000],
      [0, 4000, 1280, 1500],
    ]);
  });

  it('scales a very tall page down to the caps, keeping its shape', async () => {
    const fake = fakeRaster();
    const out = await makeSeesawImage(fake.raster, [image(1280, 16_000), image(1280, 16_000)]);
    const [width, height] = (await out.text()).split('x').map(Number);
    expect(height).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(width! * height!).toBeLessThanOrEqual(MAX_IMAGE_PIXELS + width! + height!);
    expect(width! / height!).toBeCloseTo(1280 / 32_000, 3);
    expect(imageScaleFor(100, 100)).toBe(1);
    expect(imageScaleFor(40_000, 10)).toBeCloseTo(MAX_IMAGE_SIDE / 40_000);
  });

  it('stops when cancelled and lets go of what it decoded', async () => {
    const fake = fakeRaster();
    const controller = new AbortController();
    controller.abort();
    await expect(
      makeSeesawImage(fake.raster, [image(10, 10)], controller.signal),
    ).rejects.toThrow();
    expect(fake.canvases).toHaveLength(0);
  });
});
