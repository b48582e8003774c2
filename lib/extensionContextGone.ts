/**
 * Whether this extension page outlived its extension: an update or a reload
 * unloads the old version, and a page still running its code (a render queued
 * just before) finds every browser API throwing "Extension context
 * invalidated". The browser closes such a page a moment later, so there is
 * nothing to show or translate in it.
 */
export function isExtensionContextGone(
  error: unknown,
  runtime: { id?: string } | undefined,
): boolean {
  if (error instanceof Error && /extension context invalidated/i.test(error.message)) return true;
  return runtime?.id === undefined;
}
