import type { ViewportRect } from '../capture/captureTypes';

export interface EncodedImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * The capture operations a clip needs, behind one interface so clipTab is
 * testable and each browser can supply what it has (createClipTools.ts wires
 * the real ones). Screenshots are taken by the extension, never sent from the page.
 */
export interface ClipTools {
  /** A PNG of the tab's visible area, paced to the browser's capture rate limit. */
  captureVisible(windowId: number): Promise<Blob>;
  /** Text-legible WebP (or JPEG where WebP can't be encoded). */
  encode(png: Blob): Promise<EncodedImage>;
  crop(png: Blob, rect: ViewportRect): Promise<EncodedImage>;
  thumbnail(image: Blob): Promise<Blob>;
  /** Scroll-and-stitch; several images when the page is taller than a canvas may be. */
  fullPage(tabId: number, windowId: number): Promise<EncodedImage[]>;
  /** MHTML of the tab, or null where the browser has no pageCapture (Firefox). */
  saveMhtml: ((tabId: number) => Promise<Blob>) | null;
  /** The image itself, when the extension may fetch it; null otherwise. */
  fetchImage(url: string): Promise<Blob | null>;
}
