import { i18n } from '#i18n';
import { useState, type KeyboardEvent } from 'react';

/**
 * The reflection's prompts, one at a time in large text, so the student can
 * glance at the question while they talk. Previous/Next buttons, or the arrow
 * keys while the prompt area has focus; the new prompt is announced.
 */
export function Teleprompter({ prompts }: { prompts: readonly string[] }) {
  const [index, setIndex] = useState(0);
  if (prompts.length === 0) return null;
  const current = Math.min(index, prompts.length - 1);
  const go = (next: number) => setIndex(Math.max(0, Math.min(prompts.length - 1, next)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') go(current - 1);
    else if (event.key === 'ArrowRight') go(current + 1);
    else return;
    event.preventDefault();
  };

  return (
    <section className="teleprompter" aria-labelledby="teleprompter-heading" onKeyDown={onKeyDown}>
      <h3 id="teleprompter-heading" className="sr-only">
        {i18n.t('recorder.teleprompter.heading')}
      </h3>
      <div
        className="teleprompter-text"
        // Focusable so the arrow keys work without reaching for the buttons.
        tabIndex={0}
        role="group"
        aria-roledescription="prompt"
        aria-label={i18n.t('recorder.teleprompter.navLabel', {
          current: current + 1,
          total: prompts.length,
        })}
        data-testid="teleprompter"
      >
        <p className="teleprompter-prompt" aria-live="polite" data-testid="teleprompter-prompt">
          {prompts[current]}
        </p>
      </div>
      <div className="teleprompter-nav">
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" onClick={() => go(current - 1)} aria-disabled={current === 0}>
          <span aria-hidden="true">← </span>
          {i18n.t('recorder.teleprompter.previous')}
          <span className="sr-only"> {i18n.t('recorder.teleprompter.promptSuffix')}</span>
        </button>
        <span className="teleprompter-position" data-testid="teleprompter-position">
          {i18n.t('recorder.teleprompter.position', {
            current: current + 1,
            total: prompts.length,
          })}
        </span>
        <button
          type="button"
          onClick={() => go(current + 1)}
          aria-disabled={current === prompts.length - 1}
        >
          {i18n.t('recorder.teleprompter.next')}
          <span className="sr-only"> {i18n.t('recorder.teleprompter.promptSuffix')}</span>
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </section>
  );
}
