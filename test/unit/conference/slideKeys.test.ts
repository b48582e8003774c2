import { describe, expect, it } from 'vitest';
import { applySlideMove, slideMoveForKey } from '@/lib/conference/slideKeys';

describe('slide keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
  ] as const)('%j moves %s', (key, move) => {
    expect(slideMoveForKey({ key }, 'other')).toBe(move);
  });

  it('ignores other keys and shortcuts with modifiers', () => {
    expect(slideMoveForKey({ key: 'a' }, 'other')).toBeNull();
    expect(slideMoveForKey({ key: 'ArrowRight', altKey: true }, 'other')).toBeNull();
    expect(slideMoveForKey({ key: 'ArrowLeft', ctrlKey: true }, 'other')).toBeNull();
    expect(slideMoveForKey({ key: 'Home', metaKey: true }, 'other')).toBeNull();
  });

  it('goes back on Shift+Space', () => {
    expect(slideMoveForKey({ key: ' ', shiftKey: true }, 'other')).toBe('previous');
  });

  it('leaves Enter and Space to a focused button, but arrows still move', () => {
    expect(slideMoveForKey({ key: 'Enter' }, 'control')).toBeNull();
    expect(slideMoveForKey({ key: ' ' }, 'control')).toBeNull();
    expect(slideMoveForKey({ key: 'ArrowRight' }, 'control')).toBe('next');
  });

  it("leaves a video's own keys to it, except Escape", () => {
    expect(slideMoveForKey({ key: 'ArrowRight' }, 'media')).toBeNull();
    expect(slideMoveForKey({ key: ' ' }, 'media')).toBeNull();
    expect(slideMoveForKey({ key: 'Escape' }, 'media')).toBe('leave');
  });

  it('moves within the deck without wrapping round', () => {
    expect(applySlideMove(0, 'next', 3)).toBe(1);
    expect(applySlideMove(2, 'next', 3)).toBe(2);
    expect(applySlideMove(0, 'previous', 3)).toBe(0);
    expect(applySlideMove(2, 'previous', 3)).toBe(1);
    expect(applySlideMove(1, 'first', 3)).toBe(0);
    expect(applySlideMove(1, 'last', 3)).toBe(2);
    expect(applySlideMove(1, 'leave', 3)).toBe(1);
    expect(applySlideMove(0, 'last', 0)).toBe(0);
  });
});
