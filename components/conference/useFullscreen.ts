import { useCallback, useEffect, useRef } from 'react';

/**
 * Full screen for the conference. `enter` must be called from the click that
 * starts it (browsers only allow full screen from a user gesture) and resolves
 * false when the browser refuses; the slides then fill the window instead.
 * `onLeft` runs when full screen ends some other way (the browser's own Escape
 * handling, F11), so leaving full screen always leaves the conference.
 */
export function useFullscreen(onLeft: () => void) {
  const onLeftRef = useRef(onLeft);
  const enteredRef = useRef(false);
  useEffect(() => {
    onLeftRef.current = onLeft;
  });

  useEffect(() => {
    const changed = () => {
      if (document.fullscreenElement || !enteredRef.current) return;
      enteredRef.current = false;
      onLeftRef.current();
    };
    document.addEventListener('fullscreenchange', changed);
    return () => {
      document.removeEventListener('fullscreenchange', changed);
      // Leaving the page (e.g. the browser's Back button) must not leave the dashboard full screen.
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const enter = useCallback(async (element: HTMLElement): Promise<boolean> => {
    if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function')
      return false;
    try {
      await element.requestFullscreen({ navigationUI: 'hide' });
      enteredRef.current = true;
      return true;
    } catch {
      // Refused (no user gesture left, a policy, an embedded frame): not an error for the student.
      return false;
    }
  }, []);

  const exit = useCallback(() => {
    enteredRef.current = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  return { enter, exit };
}
