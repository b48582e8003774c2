import * as v from 'valibot';
import { CLIP_SOURCES, EVIDENCE_KINDS, idSchema } from '../db/records';

const url = v.pipe(v.string(), v.maxLength(16384));

/** A request to clip a tab, from the popup, a menu item or the shortcut. */
export const clipRequestSchema = v.object({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  kind: v.picklist(EVIDENCE_KINDS),
  source: v.picklist(CLIP_SOURCES),
  /** The image a context-menu "Clip image" points at. */
  srcUrl: v.optional(url),
  /** The link a context-menu "Save link" points at, and its text. */
  linkUrl: v.optional(url),
  linkText: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  goalIds: v.array(idSchema),
  skillIds: v.array(idSchema),
});
export type ClipRequest = v.InferOutput<typeof clipRequestSchema>;
