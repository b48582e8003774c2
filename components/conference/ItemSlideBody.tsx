import { i18n } from '#i18n';
import { useRef } from 'react';
import type { ItemSlide } from '@/lib/conference/buildConferenceSlides';
import { conferenceItemKindLabel, unfinishedVideoText } from '@/lib/conference/conferenceText';
import { ReflectionVideo } from '../reflections/ReflectionVideo';
import { StoredImage } from './StoredImage';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** One piece of evidence or a reflection, large: what it is, then what it shows. */
export function ItemSlideBody({ slide }: { slide: ItemSlide }) {
  const { item } = slide;
  const videoRef = useRef<HTMLVideoElement>(null);
  const writtenReflection = item.kind === 'reflection' && item.recordingStatus === null;
  const unfinished = item.recordingStatus && unfinishedVideoText(item.recordingStatus);
  const hasMedia = Boolean(item.videoMediaId || item.imageMediaId || item.excerpt || unfinished);
  const meta = [conferenceItemKindLabel(item), DATE_FORMAT.format(item.date), item.source]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className={hasMedia ? 'conference-item' : 'conference-item conference-item-words-only'}>
      {hasMedia && (
        <div className="conference-item-media">
          {item.videoMediaId ? (
            <ReflectionVideo
              mediaId={item.videoMediaId}
              posterMediaId={item.imageMediaId}
              title={item.title}
              videoRef={videoRef}
            />
          ) : (
            item.imageMediaId && (
              <StoredImage
                mediaId={item.imageMediaId}
                alt={i18n.t('conference.itemSlide.pictureOf', { title: item.title })}
                tall={item.tallImage}
              />
            )
          )}
          {unfinished && <p className="conference-hint">{unfinished}</p>}
          {item.excerpt && (
            <blockquote className="conference-excerpt" data-testid="conference-excerpt">
              {item.excerpt}
            </blockquote>
          )}
        </div>
      )}
      <div className="conference-item-words">
        <p className="conference-meta">{meta}</p>
        {item.note && (
          <section aria-labelledby={`${slide.id}-note`}>
            <h2 id={`${slide.id}-note`}>
              {writtenReflection
                ? i18n.t('conference.itemSlide.myReflection')
                : i18n.t('conference.itemSlide.whatItShows')}
            </h2>
            <p className="conference-note" data-testid="conference-note">
              {item.note}
            </p>
          </section>
        )}
        {slide.goalNames.length > 0 && (
          <section aria-labelledby={`${slide.id}-goals`}>
            <h2 id={`${slide.id}-goals`}>{i18n.t('conference.itemSlide.goals')}</h2>
            <ul className="conference-chips">
              {slide.goalNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </section>
        )}
        {slide.skillNames.length > 0 && (
          <section aria-labelledby={`${slide.id}-skills`}>
            <h2 id={`${slide.id}-skills`}>{i18n.t('conference.itemSlide.skills')}</h2>
            <ul className="conference-chips">
              {slide.skillNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
