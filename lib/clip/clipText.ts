import type { EvidenceKind } from '../db/records';
import type { ClipFailure } from './clipErrors';

// Student-facing words for clipping. Issue 7 moves these into locale files.

export const CLIP_KIND_LABELS: Record<EvidenceKind, string> = {
  visible: 'Screenshot of what I see',
  fullpage: 'Full-page screenshot',
  region: 'Part of the screen',
  selection: 'Selected text',
  image: 'Image',
  link: 'Link only',
  article: 'Readable article',
  snapshot: 'Full-page snapshot (offline copy)',
};

export const CLIP_FAILURE_TEXT: Record<ClipFailure, string> = {
  'browser-page': 'Browser pages like settings, new tabs and extension pages can’t be clipped.',
  'web-store':
    'Browsers don’t let extensions read add-on store pages, so this page can’t be clipped.',
  'pdf-viewer': 'PDFs open in the browser’s own viewer, which extensions can’t read.',
  'view-source': 'Page source views can’t be clipped.',
  'file-no-access':
    'This is a file on your computer. To clip it, turn on “Allow access to file URLs” for PLP Companion in your browser’s extension settings.',
  'cannot-inject': 'This page doesn’t allow PLP Companion to read it.',
  'tab-closed': 'The tab was closed before the clip was finished. Nothing was saved.',
  'no-selection': 'Nothing is selected. Select some text on the page first, then clip it.',
  'no-article': 'This page doesn’t look like an article. Try a screenshot or a snapshot instead.',
  'no-image': 'That image couldn’t be found on the page any more.',
  cancelled: 'Clip cancelled. Nothing was saved.',
  'capture-failed': 'The page couldn’t be captured. Please try again.',
  interrupted:
    'The clip was interrupted before it was saved, so nothing was stored. Please try again.',
  'storage-full':
    'Your device is out of storage space, so the clip wasn’t saved. Everything saved before is safe.',
  'storage-failed':
    'The clip couldn’t be saved. Everything saved before is safe. Please try again.',
  // The notice names the school's domain when it knows it (blockedClipMessage).
  'blocked-by-school': 'Your school does not allow clipping from this site.',
};

export const LINK_ONLY_OFFER = 'You can still save the link to this page as evidence.';
