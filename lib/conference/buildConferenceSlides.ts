import { i18n } from '#i18n';
import type { GoalRecord, SkillRecord } from '../db/records';
import { libraryKeyString } from '../library/libraryQuery';
import type { ConferenceItem } from './conferenceItem';

export type ConferenceSlideKind = 'title' | 'goal' | 'item' | 'skills';

interface SlideBase {
  /** Stable across rebuilds, for React keys. */
  id: string;
  /** The slide's heading, also what is announced when it comes up. */
  heading: string;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  date: number;
  goalCount: number;
}

export interface GoalSlide extends SlideBase {
  kind: 'goal';
  goal: GoalRecord;
  /** 1-based place among the picked goals. */
  goalNumber: number;
  goalCount: number;
  stepsDone: number;
  stepsTotal: number;
  itemCount: number;
}

export interface ItemSlide extends SlideBase {
  kind: 'item';
  item: ConferenceItem;
  /** The goal whose section this slide is in. */
  goalTitle: string;
  /** 1-based place among this goal's items. */
  itemNumber: number;
  itemCount: number;
  /** The picked goals and the skills the item is tagged with, by name, in the plan's and framework's order. */
  goalNames: string[];
  skillNames: string[];
}

export interface SkillCount {
  skillId: string;
  name: string;
  count: number;
}

export interface SkillsSlide extends SlideBase {
  kind: 'skills';
  /** Every skill of the framework, in its order, with how many shown items are tagged with it. */
  skills: SkillCount[];
  itemCount: number;
}

export type ConferenceSlide = TitleSlide | GoalSlide | ItemSlide | SkillsSlide;

export interface ConferenceSlideOptions {
  /** When the conference happens, shown on the title slide. */
  date: number;
  includeSkills: boolean;
}

/**
 * The conference as slides: a title, then each goal followed by its items,
 * then (if asked) the skills summary. `goals` are the picked goals in the
 * order to present; `itemsByGoal` the picked items of each, in order. An item
 * under two goals is shown once, under the first.
 */
export function buildConferenceSlides(
  goals: readonly GoalRecord[],
  skills: readonly SkillRecord[],
  itemsByGoal: ReadonlyMap<string, readonly ConferenceItem[]>,
  options: ConferenceSlideOptions,
): ConferenceSlide[] {
  const goalNames = new Map(goals.map((goal) => [goal.id, goal.title]));
  const skillNames = new Map(skills.map((skill) => [skill.id, skill.name]));
  const skillOrder = new Map(skills.map((skill, index) => [skill.id, index]));
  const namesOf = (
    ids: readonly string[],
    names: Map<string, string>,
    order: Map<string, number>,
  ) =>
    [...ids]
      .filter((id) => names.has(id))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((id) => names.get(id) ?? '');
  const goalOrder = new Map(goals.map((goal, index) => [goal.id, index]));

  const slides: ConferenceSlide[] = [
    {
      kind: 'title',
      id: 'title',
      heading: i18n.t('conference.slides.title'),
      date: options.date,
      goalCount: goals.length,
    },
  ];
  const shown: ConferenceItem[] = [];
  const shownKeys = new Set<string>();
  goals.forEach((goal, goalIndex) => {
    const items = (itemsByGoal.get(goal.id) ?? []).filter((item) => {
      const key = libraryKeyString(item);
      if (shownKeys.has(key)) return false;
      shownKeys.add(key);
      return true;
    });
    slides.push({
      kind: 'goal',
      id: `goal:${goal.id}`,
      heading: goal.title,
      goal,
      goalNumber: goalIndex + 1,
      goalCount: goals.length,
      stepsDone: goal.steps.filter((step) => step.done).length,
      stepsTotal: goal.steps.length,
      itemCount: items.length,
    });
    items.forEach((item, itemIndex) => {
      shown.push(item);
      slides.push({
        kind: 'item',
        id: `item:${goal.id}:${libraryKeyString(item)}`,
        heading: item.title,
        item,
        goalTitle: goal.title,
        itemNumber: itemIndex + 1,
        itemCount: items.length,
        goalNames: namesOf(item.goalIds, goalNames, goalOrder),
        skillNames: namesOf(item.skillIds, skillNames, skillOrder),
      });
    });
  });
  if (options.includeSkills) {
    slides.push({
      kind: 'skills',
      id: 'skills',
      heading: i18n.t('conference.slides.skillsHeading'),
      skills: skills.map((skill) => ({
        skillId: skill.id,
        name: skill.name,
        count: shown.filter((item) => item.skillIds.includes(skill.id)).length,
      })),
      itemCount: shown.length,
    });
  }
  return slides;
}
