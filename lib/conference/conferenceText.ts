import { CLIP_KIND_LABELS } from '../clip/clipText';
import type { ReflectionStatus } from '../db/records';
import type { ConferenceItem } from './conferenceItem';
import type { LibraryCard } from '../library/loadLibraryCards';
import type { ConferenceSlide } from './buildConferenceSlides';

// Student-facing words for conference mode. Issue 7 moves these into locale files.

type Kinded = Pick<ConferenceItem, 'kind'> & { recorded: boolean };

/** "Full-page screenshot", "Video reflection", "Written reflection". */
export function itemKindLabel({ kind, recorded }: Kinded): string {
  if (kind !== 'reflection') return CLIP_KIND_LABELS[kind];
  return recorded ? 'Video reflection' : 'Written reflection';
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
      return 'This video could not be finished. It can be tried again from Reflections.';
    case 'recording':
    case 'processing':
      return 'This video is still being prepared.';
  }
}

/** The line above a slide's heading: where the slide sits in the conference. */
export function slideKicker(slide: ConferenceSlide): string {
  switch (slide.kind) {
    case 'title':
      return 'Student-led PLP conference';
    case 'goal':
      return `Goal ${slide.goalNumber} of ${slide.goalCount}`;
    case 'item':
      return `${slide.goalTitle} · Evidence ${slide.itemNumber} of ${slide.itemCount}`;
    case 'skills':
      return 'Summary';
  }
}

export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
