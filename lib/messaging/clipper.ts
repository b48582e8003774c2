import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type {
  ArticleCapture,
  PageMetadata,
  SelectionCapture,
  ViewportRect,
} from '../capture/captureTypes';
import type { SenderKind } from './checkSender';
import type { PageMeasure } from '../capture/page/fullPageScroller';

/** What the page-side clipper can be asked to collect for a clip. */
export const PAGE_PARTS = [
  'metadata',
  'selection',
  'article',
  'singleFileHtml',
  'favicon',
] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

export interface CollectedPage {
  metadata: PageMetadata;
  selection?: SelectionCapture | null;
  article?: ArticleCapture | null;
  /** Firefox snapshots: the page as one inert HTML file. */
  singleFileHtml?: string | null;
  /** The favicon as a small data: URL, fetched from the page's own origin. */
  faviconDataUrl?: string | null;
}

export type { PageMeasure };

/**
 * Messages the clipper content script answers. Only the service worker sends
 * them; the answers are text and numbers (never image bytes: the extension
 * captures screenshots itself).
 */
export interface ClipperProtocol {
  ping(): 'pong';
  collect(request: { parts: PagePart[] }): CollectedPage;
  pickRegion(): ViewportRect | null;
  /** Where an image sits in the viewport, after scrolling it into view. */
  locateImage(request: { srcUrl: string }): ViewportRect | null;
  measurePage(): PageMeasure;
  scrollTo(request: { y: number }): number;
  hideFixed(): void;
  restorePage(): void;
}

const none = v.optional(v.undefined());

export const clipperSchemas = {
  ping: none,
  collect: v.object({ parts: v.array(v.picklist(PAGE_PARTS)) }),
  pickRegion: none,
  locateImage: v.object({ srcUrl: v.pipe(v.string(), v.maxLength(16384)) }),
  measurePage: none,
  scrollTo: v.object({ y: v.pipe(v.number(), v.minValue(0)) }),
  hideFixed: none,
  restorePage: none,
} satisfies { [K in keyof ClipperProtocol]: v.GenericSchema };

/** Only the extension itself (its service worker) may drive the clipper. */
export const clipperSenders = {
  ping: 'extension-page',
  collect: 'extension-page',
  pickRegion: 'extension-page',
  locateImage: 'extension-page',
  measurePage: 'extension-page',
  scrollTo: 'extension-page',
  hideFixed: 'extension-page',
  restorePage: 'extension-page',
} satisfies { [K in keyof ClipperProtocol]: SenderKind };

export const clipperMessenger = defineExtensionMessaging<ClipperProtocol>();

/**
 * The worker holds a port of this name open to the tab for as long as a full-page capture runs.
 * If the worker stops mid-capture the port disconnects, and the clipper puts the page back.
 */
export const FULL_PAGE_CAPTURE_PORT = 'plp-full-page-capture';
