import { useEffect, useRef } from 'react';

/**
 * A ref whose element gets focus when it first appears, so a keyboard or
 * screen-reader user lands on the new page's heading instead of the link
 * they followed (the dashboard changes pages without a browser navigation).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
