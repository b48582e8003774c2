import { describe, expect, it } from 'vitest';
import {
  cardKindLabel,
  conferenceItemKindLabel,
  planSummaryText,
  slideKicker,
  unfinishedVideoText,
} from '@/lib/conference/conferenceText';
import type { ConferenceSlide } from '@/lib/conference/buildConferenceSlides';
import { conferenceItem, goalRecord } from './conferenceFixtures';

describe('conference words', () => {
  it('names clips by kind and tells written from video reflections', () => {
    expect(conferenceItemKindLabel(conferenceItem('1', { kind: 'fullpage' }))).toBe(
      'Full-page screenshot',
    );
    expect(
      conferenceItemKindLabel(conferenceItem('2', { kind: 'reflection', recordingStatus: null })),
    ).toBe('Written reflection');
    expect(
      conferenceItemKindLabel(
        conferenceItem('3', { kind: 'reflection', recordingStatus: 'processing' }),
      ),
    ).toBe('Video reflection');
    expect(cardKindLabel({ kind: 'reflection', status: 'ready' })).toBe('Video reflection');
    expect(cardKindLabel({ kind: 'reflection', status: null })).toBe('Written reflection');
  });

  it('explains a missing video only when it is not ready', () => {
    expect(unfinishedVideoText('ready')).toBeNull();
    expect(unfinishedVideoText('processing')).toMatch(/still being prepared/);
    expect(unfinishedVideoText('failed')).toMatch(/could not be finished/);
  });

  it('places each slide in the conference', () => {
    const goal = goalRecord('g');
    const slides: ConferenceSlide[] = [
      { kind: 'title', id: 't', heading: 'T', date: 0, goalCount: 1 },
      {
        kind: 'goal',
        id: 'g',
        heading: 'G',
        goal,
        goalNumber: 1,
        goalCount: 2,
        stepsDone: 0,
        stepsTotal: 0,
        itemCount: 0,
      },
      {
        kind: 'item',
        id: 'i',
        heading: 'I',
        item: conferenceItem('1'),
        goalTitle: 'Spanish',
        itemNumber: 2,
        itemCount: 3,
        goalNames: [],
        skillNames: [],
      },
      { kind: 'skills', id: 's', heading: 'S', skills: [], itemCount: 0 },
    ];
    expect(slides.map(slideKicker)).toEqual([
      'Student-led PLP conference',
      'Goal 1 of 2',
      'Spanish · Evidence 2 of 3',
      'Summary',
    ]);
  });

  it('counts slides and goals in words', () => {
    expect(planSummaryText(1, 1)).toBe('1 slide: a title, 1 goal and the evidence you picked.');
    expect(planSummaryText(0, 0)).toBe('0 slides: a title, 0 goals and the evidence you picked.');
    expect(planSummaryText(5, 2)).toBe('5 slides: a title, 2 goals and the evidence you picked.');
  });
});
