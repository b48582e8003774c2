import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';

/**
 * One DOMPurify instance per window, set up once: hooks belong to the
 * instance, so each sanitizer (clips, the viewer's inert pass) keeps its own.
 */
export function purifierPerWindow(
  setUp: (purifier: DOMPurify) => void,
): (win: Window) => DOMPurify {
  const purifiers = new WeakMap<Window, DOMPurify>();
  return (win) => {
    let purifier = purifiers.get(win);
    if (!purifier) {
      // A real Window is one; TypeScript only disagrees over the optional trustedTypes shape.
      purifier = createDOMPurify(win as unknown as WindowLike);
      if (!purifier.isSupported) throw new Error('This window cannot run the HTML sanitizer.');
      setUp(purifier);
      purifiers.set(win, purifier);
    }
    return purifier;
  };
}
