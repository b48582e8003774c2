import { storage } from '#imports';

/** Quick mode: a popup clip is saved straight to the last-used goals, without the sheet. */
export const quickClipMode = storage.defineItem<boolean>('local:clip.quickMode', {
  fallback: false,
});
