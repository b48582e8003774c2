import { i18n } from '#i18n';
import type { TitleSlide } from '@/lib/conference/buildConferenceSlides';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });

export function TitleSlideBody({ slide }: { slide: TitleSlide }) {
  return (
    <div className="conference-title-body">
      <p className="conference-date">{DATE_FORMAT.format(slide.date)}</p>
      <p className="conference-lead">
        {slide.goalCount > 0
          ? i18n.t('conference.titleLead', slide.goalCount)
          : i18n.t('conference.titleSlide.noGoals')}
      </p>
    </div>
  );
}
