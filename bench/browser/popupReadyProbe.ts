/**
 * Runs in the popup page before any of its own scripts (page.addInitScript),
 * so nothing it times can have happened before it was watching. A
 * MutationObserver notes, in performance.now() time (0 = navigation start),
 * the first moment each part of the popup is in the DOM; React commits
 * synchronously, so a node in the DOM has its event handlers too.
 * Passed to addInitScript as a function, so it must not import anything.
 */

export interface PopupMarks {
  /** React's first commit ("Opening your plan…"), before the database is open. */
  firstRender?: number;
  /** The "Clip this page" buttons: the database is open and the app rendered. */
  clipButtons?: number;
  /** The active-goals list with all the expected goals. */
  goals?: number;
  /** Both of the above at once: the popup is usable. */
  ready?: number;
  /** A task after the next animation frame once ready: the ready state has been painted. */
  painted?: number;
  clipButtonCount?: number;
  goalCount?: number;
}

export interface PopupProbeOptions {
  expectedGoals: number;
  clipButtonsSelector: string;
  goalItemsSelector: string;
}

export function installPopupReadyProbe(options: PopupProbeOptions): void {
  const marks: PopupMarks = {};
  (globalThis as unknown as { __plpPopupMarks: PopupMarks }).__plpPopupMarks = marks;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (marks.firstRender === undefined && document.getElementById('root')?.firstChild) {
      marks.firstRender = now;
    }
    const buttons = document.querySelectorAll(options.clipButtonsSelector).length;
    const goals = document.querySelectorAll(options.goalItemsSelector).length;
    if (marks.clipButtons === undefined && buttons > 0) marks.clipButtons = now;
    if (marks.goals === undefined && goals >= options.expectedGoals) marks.goals = now;
    if (buttons > 0 && goals >= options.expectedGoals) {
      marks.ready = now;
      marks.clipButtonCount = buttons;
      marks.goalCount = goals;
      observer.disconnect();
      // rAF runs just before the frame is painted; a task queued from it runs after.
      requestAnimationFrame(() => {
        setTimeout(() => {
          marks.painted = performance.now();
        }, 0);
      });
    }
  });
  // The document node itself: <html> does not exist yet when this runs.
  observer.observe(document, { childList: true, subtree: true });
}
