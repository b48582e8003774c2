/**
 * Why a clip could not be made, as a code the UI words for the student.
 * `linkOnly` says whether saving just the link still makes sense there.
 */
export type ClipFailure =
  | 'browser-page'
  | 'web-store'
  | 'pdf-viewer'
  | 'view-source'
  | 'file-no-access'
  | 'cannot-inject'
  | 'tab-closed'
  | 'no-selection'
  | 'no-article'
  | 'no-image'
  | 'cancelled'
  | 'capture-failed'
  /** The service worker stopped (or the extension reloaded) before it answered. */
  | 'interrupted'
  | 'storage-full'
  | 'storage-failed'
  | 'blocked-by-school';

export class ClipError extends Error {
  constructor(
    readonly reason: ClipFailure,
    readonly linkOnly = false,
    detail?: string,
    /** blocked-by-school: the school's domain, named in the message. */
    readonly site?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'ClipError';
  }
}

/** The serialisable form that crosses runtime messages (Error objects lose their fields). */
export interface ClipFailureInfo {
  reason: ClipFailure;
  linkOnly: boolean;
  detail: string;
  site?: string;
}

export function toFailureInfo(error: ClipError): ClipFailureInfo {
  return {
    reason: error.reason,
    linkOnly: error.linkOnly,
    detail: error.message,
    ...(error.site ? { site: error.site } : {}),
  };
}
