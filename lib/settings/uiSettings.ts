import { storage } from '#imports';

/** Whether the student has closed the "What is a PLP?" card on the goals page. */
export const introDismissed = storage.defineItem<boolean>('local:ui.introDismissed', {
  fallback: false,
});

/**
 * Whether a bundle download opens the Save As dialog (downloads API) instead of going straight
 * to the Downloads folder. Off by default: it needs the optional "downloads" permission.
 */
export const askWhereToSaveBundle = storage.defineItem<boolean>('local:export.askWhereToSave', {
  fallback: false,
});
