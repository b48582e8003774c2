import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import type { ConferenceSlide } from '@/lib/conference/buildConferenceSlides';
import { slideAnnouncement } from '@/lib/conference/conferenceText';
import { applySlideMove, type SlideMove } from '@/lib/conference/slideKeys';
import { ConferenceSlideView } from './ConferenceSlideView';
import { useSlideKeys } from './useSlideKeys';

/**
 * The running conference: one slide at a time, moved by the big buttons or
 * presenter keys. Nothing on it edits anything; Escape goes back to the plan.
 */
export function ConferencePresentation({
  slides,
  fullscreen,
  onLeave,
}: {
  slides: readonly ConferenceSlide[];
  /** False when the browser refused full screen: the slides fill the window instead. */
  fullscreen: boolean;
  onLeave: () => void;
}) {
  const [index, setIndex] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navRef = useRef<HTMLDivElement>(null);
  const slide = slides[index] ?? slides[0];
  const total = slides.length;
  const atStart = index === 0;
  const atEnd = index >= total - 1;

  const move = (step: SlideMove) => {
    if (step === 'leave') onLeave();
    else setIndex((current) => applySlideMove(current, step, total));
  };
  useSlideKeys(move);

  // A new slide takes focus at its heading, unless the presenter is on the
  // Previous/Next buttons: then focus stays put so they can keep pressing.
  useEffect(() => {
    if (navRef.current?.contains(document.activeElement)) return;
    headingRef.current?.focus({ preventScroll: true });
  }, [index]);

  if (!slide) return null;
  return (
    <div className="conference-presentation" data-testid="conference-presentation">
      <div className="conference-topbar">
        <p className="conference-counter">
          <span aria-hidden="true" data-testid="conference-counter">
            {index + 1} / {total}
          </span>
          <span className="sr-only">
            {i18n.t('conference.presentation.counter', {
              number: String(index + 1),
              total: String(total),
            })}
          </span>
        </p>
        {!fullscreen && (
          <p className="conference-topbar-hint">{i18n.t('conference.presentation.noFullscreen')}</p>
        )}
        <button type="button" className="conference-leave" onClick={onLeave}>
          {i18n.t('conference.presentation.leave')}{' '}
          <kbd aria-hidden="true">{i18n.t('conference.presentation.escKey')}</kbd>
        </button>
      </div>
      <div className="conference-stage">
        <ConferenceSlideView key={slide.id} slide={slide} index={index} headingRef={headingRef} />
      </div>
      <div className="conference-nav" ref={navRef}>
        {/* aria-disabled, not disabled: a focused button that becomes disabled drops focus. */}
        <button
          type="button"
          className="conference-nav-button"
          aria-disabled={atStart}
          onClick={() => move('previous')}
        >
          <span aria-hidden="true">←</span> {i18n.t('conference.presentation.previous')}
        </button>
        <button
          type="button"
          className="conference-nav-button primary"
          aria-disabled={atEnd}
          onClick={() => move('next')}
        >
          {i18n.t('conference.presentation.next')} <span aria-hidden="true">→</span>
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite" data-testid="conference-announcement">
        {slideAnnouncement(slide, index, total)}
      </p>
    </div>
  );
}
