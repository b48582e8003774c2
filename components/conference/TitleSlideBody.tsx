import type { TitleSlide } from '@/lib/conference/buildConferenceSlides';
import { countText } from '@/lib/conference/conferenceText';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });

export function TitleSlideBody({ slide }: { slide: TitleSlide }) {
  return (
    <div className="conference-title-body">
      <p className="conference-date">{DATE_FORMAT.format(slide.date)}</p>
      <p className="conference-lead">
        {slide.goalCount > 0
          ? `${countText(slide.goalCount, 'goal', 'goals')} and the evidence of my learning`
          : 'My goals and the evidence of my learning'}
      </p>
    </div>
  );
}
