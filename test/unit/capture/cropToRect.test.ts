import { describe, expect, it } from 'vitest';
import { cropToRect } from '@/lib/capture/cropToRect';
import { FakeBitmap, fakeCanvasClass, type FakeImage } from './fakeCanvas';

const capture = (width: number, height: number) =>
  FakeBitmap.fromLabel(width, height, (r, c) => `${r},${c}`) as unknown as ImageBitmap;
const pixels = (canvas: OffscreenCanvas) => (canvas as unknown as FakeImage).pixels;

describe('cropToRect', () => {
  it('maps CSS px to device px with the rect’s device pixel ratio', () => {
    const canvas = fakeCanvasClass();
    const rect = { x: 10, y: 5, width: 20, height: 10, devicePixelRatio: 2 };
    const result = cropToRect(capture(200, 100), rect, {}, canvas);
    expect([result.width, result.height]).toEqual([40, 20]);
    expect(pixels(result)[0]![0]).toBe('10,20');
    expect(pixels(result)[19]![39]).toBe('29,59');
  });

  it('prefers a measured scale over the rect’s ratio', () => {
    const rect = { x: 10, y: 10, width: 10, height: 10, devicePixelRatio: 2 };
    const result = cropToRect(capture(100, 100), rect, { scale: 1.5 }, fakeCanvasClass());
    expect([result.width, result.height]).toEqual([15, 15]);
    expect(pixels(result)[0]![0]).toBe('15,15');
  });

  it('rounds fractional edges outwards so no selected pixel is lost', () => {
    const rect = { x: 1.3, y: 0.5, width: 2, height: 2, devicePixelRatio: 1.5 };
    const result = cropToRect(capture(50, 50), rect, {}, fakeCanvasClass());
    // x: 1.95..4.95 → 1..5, y: 0.75..3.75 → 0..4
    expect([result.width, result.height]).toEqual([4, 4]);
    expect(pixels(result)[0]![0]).toBe('0,1');
  });

  it('does not add a pixel for float noise (0.1 * 3)', () => {
    const rect = { x: 0, y: 0, width: 0.1, height: 0.1, devicePixelRatio: 30 };
    const result = cropToRect(capture(50, 50), rect, {}, fakeCanvasClass());
    expect([result.width, result.height]).toEqual([3, 3]);
  });

  it('clamps a rectangle that runs off the capture', () => {
    const rect = { x: 90, y: -10, width: 50, height: 30, devicePixelRatio: 1 };
    const result = cropToRect(capture(100, 100), rect, {}, fakeCanvasClass());
    expect([result.width, result.height]).toEqual([10, 20]);
    expect(pixels(result)[0]![0]).toBe('0,90');
  });

  it('refuses a rectangle entirely outside the capture', () => {
    const rect = { x: 200, y: 0, width: 50, height: 30, devicePixelRatio: 1 };
    expect(() => cropToRect(capture(100, 100), rect, {}, fakeCanvasClass())).toThrow(RangeError);
  });
});
