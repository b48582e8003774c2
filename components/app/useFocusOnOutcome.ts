import { useEffect, useRef } from 'react';

/**
 * A ref for an outcome message that takes focus each time a new outcome is
 * shown, so keyboard and screen-reader users land on it. An effect, not
 * requestAnimationFrame: it runs once the element is in the DOM, and frames
 * may not run while a download or file dialog holds the window.
 */
export function useFocusOnOutcome<T>(outcome: T | null) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome !== null) ref.current?.focus();
  }, [outcome]);
  return ref;
}
