import type { EvidenceRecord } from './records';

/** Values for the fields schema v2 added to evidence, for rows written before it. */
export const EVIDENCE_V2_DEFAULTS = {
  source: 'popup',
  canonicalUrl: null,
  pageTitle: '',
  siteName: null,
  byline: null,
  publishedTime: null,
  description: null,
  lang: null,
  dir: null,
  faviconUrl: null,
  faviconDataUrl: null,
  ogImageUrl: null,
  text: '',
  excerpt: null,
  textFragmentUrl: null,
  thumbnailMediaId: null,
  partMediaIds: [],
  width: null,
  height: null,
} satisfies Partial<EvidenceRecord>;

/** The row's own values, so an upgrade never overwrites something already there. */
export function pickDefined(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}
