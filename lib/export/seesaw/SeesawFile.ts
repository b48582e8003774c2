import { i18n } from '#i18n';
import type { EvidenceKind } from '../../db/records';
import type { OverLimit } from './seesawLimits';
import type { UnfinishedReflection } from '../bundle/planBundle';

/** What an item is, as the Seesaw list shows it. */
export type SeesawItemKind = EvidenceKind | 'video-reflection' | 'written-reflection';

/** Where a file's bytes come from: a stored blob, or content made at download time. */
export type SeesawSource =
  /** A stored file Seesaw takes as it is (MP4, PNG, JPEG). */
  | { type: 'media'; mediaId: string }
  /**
   * Stored images made into one JPEG: WebP/GIF converted, full-page parts
   * stacked top to bottom, anything past the size cap scaled down.
   */
  | { type: 'image'; mediaIds: readonly string[] }
  /** A PDF of text: article and selection clips, written reflections, image-less snapshots. */
  | {
      type: 'pdf';
      title: string;
      /** Lines above the body: URL, site, date. */
      header: readonly string[];
      body: string;
      /** Text direction of the page the text came from. */
      dir: 'ltr' | 'rtl' | null;
      lang: string | null;
    }
  /** A Windows/ChromeOS Internet Shortcut (.url) that opens the link. */
  | { type: 'url-shortcut'; url: string };

export interface SeesawFile {
  itemId: string;
  itemTable: 'evidence' | 'reflections';
  kind: SeesawItemKind;
  title: string;
  /** Unique, human-readable, e.g. "2026-11-23 Video reflection - My volcano.mp4". */
  fileName: string;
  mimeType: string;
  source: SeesawSource;
  /** Ready to paste into the Seesaw post. */
  caption: string;
  /** Bytes of the stored source; for generated files an estimate (null when unknown). */
  sizeBytes: number | null;
  /** Present when Seesaw may refuse the file; the file is still offered. */
  overLimit?: OverLimit;
}

export interface SeesawPlan {
  files: SeesawFile[];
  /** Items whose stored file is gone and that have nothing else to offer: listed with a reason, no file. */
  unavailable: { itemId: string; title: string; detail: string }[];
  /** Recorded reflections whose video is not made yet: left out, as the bundle leaves them out. */
  unfinishedReflections: UnfinishedReflection[];
}

/** Not translated: the guide and every overLimit sentence name this file. */
export const CAPTIONS_FILE_NAME = 'captions.txt';
/** A label only: nothing reads it back, so it follows the language on screen. */
export function guideFileName(): string {
  return i18n.t('exportFiles.seesaw.guideFileName');
}
