import { expect, type Locator, type Page } from '@playwright/test';

/*
 * Keyboard-only driving for the accessibility journeys: focus moves with Tab
 * and Shift+Tab exactly as a student's would, never with locator.focus() or a
 * click, so a control that can't be reached by Tab fails the journey.
 */

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is never reached. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxPresses = 80 } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} was not reached with ${maxPresses} Tab presses`);
}

/**
 * The element has focus and shows it: a focus outline of some width, or a
 * box-shadow ring. (WCAG 2.4.7 Focus Visible.)
 */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const style = await target.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      outlineStyle: computed.outlineStyle,
      outlineWidth: parseFloat(computed.outlineWidth),
      boxShadow: computed.boxShadow,
    };
  });
  const outlined = style.outlineStyle !== 'none' && style.outlineWidth > 0;
  const ringed = style.boxShadow !== 'none';
  expect(outlined || ringed, `focus indicator of ${String(target)}: ${JSON.stringify(style)}`).toBe(
    true,
  );
}

/** Picks an option of a focused-by-Tab <select> with the arrow keys, as a keyboard user does. */
export async function chooseWithArrows(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const chosen = () =>
    select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.label ?? '');
  const count = await select.evaluate((element) => (element as HTMLSelectElement).options.length);
  for (let presses = 0; presses <= count; presses += 1) {
    if ((await chosen()) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Option "${label}" was not reached with the arrow keys`);
}

/**
 * Tab presses that move focus while a modal dialog is open never land outside
 * it: focus stays inside or leaves the page for the browser's own UI (body).
 */
export async function expectFocusTrapped(page: Page, dialog: Locator, presses = 30) {
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    const inside = await dialog.evaluate(
      (element) =>
        document.activeElement === document.body || element.contains(document.activeElement),
    );
    expect(inside, `focus after ${i + 1} presses`).toBe(true);
  }
}
