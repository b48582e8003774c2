/**
 * What a clip collects from a page. These shapes cross from the content
 * script to the service worker as runtime messages, so they hold only text
 * and numbers: never Blobs (they arrive as `{}`) and never image bytes the
 * extension can capture itself.
 */

export interface PageMetadata {
  url: string;
  canonicalUrl: string | null;
  title: string;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601 where the page states it. */
  publishedTime: string | null;
  description: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Absolute URL of the best favicon the page declares (or /favicon.ico). */
  faviconUrl: string | null;
  ogImageUrl: string | null;
}

export interface SelectionCapture {
  text: string;
  /** Sanitized: no scripts, handlers, forms or frames. */
  html: string;
  /** The page URL with a `#:~:text=` fragment that scrolls back to the passage. */
  textFragmentUrl: string;
}

export interface ArticleCapture {
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  /** Sanitized, self-contained article HTML (images inlined as data: URLs where possible). */
  html: string;
  /** Plain text, for search. */
  text: string;
}

/** A rectangle in CSS pixels of the viewport, plus the device pixel ratio to map it to a capture. */
export interface ViewportRect {
  x: number;
  y: number;
  width: number;
  height: number;
  devicePixelRatio: number;
}
