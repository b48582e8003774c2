import { useEffect, useRef } from 'react';
import { slideMoveForKey, type SlideKeyTarget, type SlideMove } from '@/lib/conference/slideKeys';

function targetKind(target: EventTarget | null): SlideKeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('video, audio')) return 'media';
  if (target.closest('button, a[href], summary')) return 'control';
  return 'other';
}

/**
 * Presenter keys on the whole document while the conference runs, so they
 * work wherever focus is (after full screen, focus may be on the body).
 */
export function useSlideKeys(onMove: (move: SlideMove) => void) {
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  });
  useEffect(() => {
    const pressed = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const move = slideMoveForKey(event, targetKind(event.target));
      if (!move) return;
      // Space and the arrows would otherwise scroll; Backspace might go back in history.
      event.preventDefault();
      onMoveRef.current(move);
    };
    document.addEventListener('keydown', pressed);
    return () => document.removeEventListener('keydown', pressed);
  }, []);
}
