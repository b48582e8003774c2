import { storage } from '#imports';

/** Whether the student has closed the "What is a PLP?" card on the goals page. */
export const introDismissed = storage.defineItem<boolean>('local:ui.introDismissed', {
  fallback: false,
});
