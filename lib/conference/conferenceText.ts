import { i18n } from '#i18n';
import { clipKindLabel } from '../clip/clipText';
import type { ReflectionStatus } from '../db/records';
import type { ConferenceItem } from './conferenceItem';
import type { LibraryCard } from '../library/loadLibraryCards';
import type { ConferenceSlide } from './buildConferenceSlides';

// Student-facing words for conference mode, from the locale files.

type Kinded = Pick<ConferenceItem, 'kind'> & { recorded: boolean };

/** "Full-page screenshot", "Video reflection", "Written reflection". */
export function itemKindLabel({ kind, recorded }: Kinded): string {
  if (kind !== 'reflection') return clipKindLabel(kind);
  return recorded
    ? i18n.t('conference.kind.videoReflection')
    : i18n.t('conference.kind.writtenReflection');
}

export function cardKindLabel(card: Pick<LibraryCard, 'kind' | 'status'>): string {
  return itemKindLabel({ kind: card.kind, recorded: card.status !== null });
}

export function conferenceItemKindLabel(item: ConferenceItem): string {
  return itemKindLabel({ kind: item.kind, recorded: item.recordingStatus !== null });
}

/** Why a recorded reflection shows no video on its slide. */
export function unfinishedVideoText(status: ReflectionStatus): string | null {
  switch (status) {
    case 'ready':
      return null;
    case 'failed':
      return i18n.t('conference.unfinishedVideo.failed');
    case 'recording':
    case 'processing':
      return i18n.t('conference.unfinishedVideo.preparing');
  }
}

/** The line above a slide's heading: where the slide sits in the conference. */
export function slideKicker(slide: ConferenceSlide): string {
  switch (slide.kind) {
    case 'title':
      return i18n.t('conference.kicker.title');
    case 'goal':
      return i18n.t('conference.kicker.goal', {
        number: String(slide.goalNumber),
        count: String(slide.goalCount),
      });
    case 'item':
      return i18n.t('conference.kicker.item', {
        goalTitle: slide.goalTitle,
        number: String(slide.itemNumber),
        count: String(slide.itemCount),
      });
    case 'skills':
      return i18n.t('conference.kicker.skills');
  }
}

/** What a screen reader hears when a slide comes up. */
export function slideAnnouncement(slide: ConferenceSlide, index: number, total: number): string {
  const place = { number: String(index + 1), total: String(total), heading: slide.heading };
  if (slide.kind === 'goal') return i18n.t('conference.slides.announcementGoal', place);
  if (slide.kind === 'item')
    return i18n.t('conference.slides.announcementItem', { ...place, goalTitle: slide.goalTitle });
  return i18n.t('conference.slides.announcement', place);
}

/** "3 slides: a title, 1 goal and the evidence you picked." */
export function planSummaryText(slideCount: number, goalCount: number): string {
  return i18n.t('conference.planner.summary', {
    slides: i18n.t('conference.summarySlides', slideCount),
    goals: i18n.t('conference.summaryGoals', goalCount),
  });
}
