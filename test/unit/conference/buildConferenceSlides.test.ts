import { describe, expect, it } from 'vitest';
import {
  buildConferenceSlides,
  type GoalSlide,
  type ItemSlide,
  type SkillsSlide,
} from '@/lib/conference/buildConferenceSlides';
import { slideAnnouncement } from '@/lib/conference/conferenceText';
import { DEFAULT_SKILLS } from '@/lib/skills/defaultSkills';
import { conferenceItem, goalRecord } from './conferenceFixtures';

const skills = DEFAULT_SKILLS.slice(0, 3);
const [communication, selfDirection, problemSolving] = skills.map((s) => s.id) as [
  string,
  string,
  string,
];

const spanish = goalRecord('g1', {
  title: 'Speak Spanish',
  steps: [
    { id: 's1', text: 'Join the club', done: true },
    { id: 's2', text: 'Order in Spanish', done: false },
    { id: 's3', text: 'Present', done: true },
  ],
});
const robot = goalRecord('g2', { title: 'Build a robot', status: 'achieved' });

const clip = conferenceItem('e1', {
  goalIds: ['g2', 'g1', 'gone'],
  skillIds: [problemSolving, communication, 'deleted-skill'],
});
const note = conferenceItem('r1', {
  table: 'reflections',
  kind: 'reflection',
  skillIds: [communication],
});
const bolt = conferenceItem('e2', { goalIds: ['g2'], skillIds: [communication] });

function build(includeSkills = true) {
  return buildConferenceSlides(
    [spanish, robot],
    skills,
    new Map([
      ['g1', [clip, note]],
      // The clip is tagged with both goals: it is shown under the first only.
      ['g2', [clip, bolt]],
    ]),
    { date: 1_700_000_000_000, includeSkills },
  );
}

const CONFERENCE_TITLE = 'My Personalized Learning Plan';

describe('buildConferenceSlides', () => {
  it('makes a title, each goal followed by its items, then the skills', () => {
    const slides = build();
    expect(slides.map((s) => `${s.kind}:${s.heading}`)).toEqual([
      `title:${CONFERENCE_TITLE}`,
      'goal:Speak Spanish',
      'item:Item e1',
      'item:Item r1',
      'goal:Build a robot',
      'item:Item e2',
      'skills:Skills my evidence shows',
    ]);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('leaves the skills slide out when not asked for', () => {
    expect(build(false).map((s) => s.kind)).not.toContain('skills');
  });

  it('gives a goal slide its steps done, place and item count', () => {
    const [, first, , , second] = build() as GoalSlide[];
    expect(first).toMatchObject({
      stepsDone: 2,
      stepsTotal: 3,
      goalNumber: 1,
      goalCount: 2,
      itemCount: 2,
    });
    expect(second).toMatchObject({ stepsDone: 0, stepsTotal: 0, goalNumber: 2, itemCount: 1 });
    expect(second?.goal.status).toBe('achieved');
  });

  it('names an item slide its goals and skills in plan and framework order, skipping unknown ones', () => {
    const slide = build()[2] as ItemSlide;
    expect(slide).toMatchObject({ goalTitle: 'Speak Spanish', itemNumber: 1, itemCount: 2 });
    expect(slide.goalNames).toEqual(['Speak Spanish', 'Build a robot']);
    expect(slide.skillNames).toEqual([skills[0]?.name, skills[2]?.name]);
  });

  it('counts each skill once per shown item', () => {
    const slide = build().at(-1) as SkillsSlide;
    expect(slide.itemCount).toBe(3);
    expect(slide.skills.map((s) => [s.skillId, s.count])).toEqual([
      [communication, 3],
      [selfDirection, 0],
      [problemSolving, 1],
    ]);
  });

  it('still makes a title slide with no goals', () => {
    const slides = buildConferenceSlides([], skills, new Map(), { date: 5, includeSkills: false });
    expect(slides).toEqual([
      { kind: 'title', id: 'title', heading: CONFERENCE_TITLE, date: 5, goalCount: 0 },
    ]);
  });

  it('announces the slide number, its section and heading', () => {
    const slides = build();
    expect(slideAnnouncement(slides[0]!, 0, 7)).toBe(`Slide 1 of 7. ${CONFERENCE_TITLE}`);
    expect(slideAnnouncement(slides[1]!, 1, 7)).toBe('Slide 2 of 7. Goal: Speak Spanish');
    expect(slideAnnouncement(slides[3]!, 3, 7)).toBe('Slide 4 of 7. Speak Spanish: Item r1');
  });
});
