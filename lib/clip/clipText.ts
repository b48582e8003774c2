import { i18n } from '#i18n';
import type { EvidenceKind } from '../db/records';
import type { ClipFailure } from './clipErrors';

// Student-facing words for clipping. The maps hold locale keys, and the words are looked up when
// a message is shown, so they always follow the browser's language.

const CLIP_KIND_KEYS = {
  visible: 'clip.kinds.visible',
  fullpage: 'clip.kinds.fullpage',
  region: 'clip.kinds.region',
  selection: 'clip.kinds.selection',
  image: 'clip.kinds.image',
  link: 'clip.kinds.link',
  article: 'clip.kinds.article',
  snapshot: 'clip.kinds.snapshot',
} as const satisfies Record<EvidenceKind, string>;

const CLIP_FAILURE_KEYS = {
  'browser-page': 'clip.failures.browserPage',
  'web-store': 'clip.failures.webStore',
  'pdf-viewer': 'clip.failures.pdfViewer',
  'view-source': 'clip.failures.viewSource',
  'file-no-access': 'clip.failures.fileNoAccess',
  'cannot-inject': 'clip.failures.cannotInject',
  'tab-closed': 'clip.failures.tabClosed',
  'no-selection': 'clip.failures.noSelection',
  'no-article': 'clip.failures.noArticle',
  'no-image': 'clip.failures.noImage',
  cancelled: 'clip.failures.cancelled',
  'capture-failed': 'clip.failures.captureFailed',
  interrupted: 'clip.failures.interrupted',
  'storage-full': 'clip.failures.storageFull',
  'storage-failed': 'clip.failures.storageFailed',
  // The notice names the school's domain when it knows it (blockedClipMessage).
  'blocked-by-school': 'clip.failures.blockedBySchool',
} as const satisfies Record<ClipFailure, string>;

/** "Full-page screenshot", "Selected text", …: what kind of clip it is. */
export function clipKindLabel(kind: EvidenceKind): string {
  return i18n.t(CLIP_KIND_KEYS[kind]);
}

/** Why a clip didn't happen, in a sentence for the student. */
export function clipFailureText(reason: ClipFailure): string {
  return i18n.t(CLIP_FAILURE_KEYS[reason]);
}

/** Whether `value` is one of the failure codes (a window's hash carries one). */
export function isClipFailure(value: string): value is ClipFailure {
  return Object.hasOwn(CLIP_FAILURE_KEYS, value);
}

export function linkOnlyOffer(): string {
  return i18n.t('clip.linkOnly.offer');
}
