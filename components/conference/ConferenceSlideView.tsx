import type { RefObject } from 'react';
import type { ConferenceSlide } from '@/lib/conference/buildConferenceSlides';
import { slideKicker } from '@/lib/conference/conferenceText';
import { TitleSlideBody } from './TitleSlideBody';
import { GoalSlideBody } from './GoalSlideBody';
import { ItemSlideBody } from './ItemSlideBody';
import { SkillsSlideBody } from './SkillsSlideBody';

/**
 * One slide: its place, its heading (focusable, so a screen reader starts
 * there) and its body. The heading is the page's h1 while presenting.
 */
export function ConferenceSlideView({
  slide,
  index,
  headingRef,
}: {
  slide: ConferenceSlide;
  index: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const headingId = 'conference-slide-heading';
  return (
    <section
      className={`conference-slide conference-slide-${slide.kind}`}
      aria-roledescription="slide"
      aria-labelledby={headingId}
      data-testid="conference-slide"
      data-index={index}
      data-kind={slide.kind}
    >
      <p className="conference-kicker">{slideKicker(slide)}</p>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {slide.heading}
      </h1>
      {slide.kind === 'title' && <TitleSlideBody slide={slide} />}
      {slide.kind === 'goal' && <GoalSlideBody slide={slide} />}
      {slide.kind === 'item' && <ItemSlideBody slide={slide} />}
      {slide.kind === 'skills' && <SkillsSlideBody slide={slide} />}
    </section>
  );
}
