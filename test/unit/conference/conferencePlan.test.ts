import { describe, expect, it } from 'vitest';
import {
  NEW_CONFERENCE_PLAN,
  conferenceGoalOrder,
  conferenceSlideCount,
  goalShowingEachItem,
  isGoalPicked,
  isItemPicked,
  pickedGoals,
  pickedItemsByGoal,
  withGoalPicked,
  withItemPicked,
} from '@/lib/conference/conferencePlan';
import type { LibraryKey } from '@/lib/library/libraryQuery';
import { goalRecord } from './conferenceFixtures';

const key = (id: string): LibraryKey => ({ table: 'evidence', id });
const reflection = (id: string): LibraryKey => ({ table: 'reflections', id });

const active = goalRecord('a', { status: 'active', order: 2 });
const achieved = goalRecord('b', { status: 'achieved', order: 0 });
const archived = goalRecord('c', { status: 'archived', order: 1 });
const activeFirst = goalRecord('d', { status: 'active', order: 0 });
const goals = [active, achieved, archived, activeFirst];

describe('conference plan', () => {
  it('picks active and achieved goals by default, not archived ones', () => {
    expect(isGoalPicked(NEW_CONFERENCE_PLAN, active)).toBe(true);
    expect(isGoalPicked(NEW_CONFERENCE_PLAN, achieved)).toBe(true);
    expect(isGoalPicked(NEW_CONFERENCE_PLAN, archived)).toBe(false);
  });

  it("keeps the student's ticks over the defaults, without changing the old plan", () => {
    const plan = withGoalPicked(withGoalPicked(NEW_CONFERENCE_PLAN, 'a', false), 'c', true);
    expect(isGoalPicked(plan, active)).toBe(false);
    expect(isGoalPicked(plan, archived)).toBe(true);
    expect(isGoalPicked(NEW_CONFERENCE_PLAN, active)).toBe(true);
  });

  it('shows every item until it is unticked, and again once re-ticked', () => {
    const off = withItemPicked(NEW_CONFERENCE_PLAN, key('1'), false);
    expect(isItemPicked(off, key('1'))).toBe(false);
    // Same id in the other table is another item.
    expect(isItemPicked(off, reflection('1'))).toBe(true);
    expect(isItemPicked(withItemPicked(off, key('1'), true), key('1'))).toBe(true);
  });

  it('orders goals active, achieved, archived, each by the student order', () => {
    expect(conferenceGoalOrder(goals).map((g) => g.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(pickedGoals(NEW_CONFERENCE_PLAN, goals).map((g) => g.id)).toEqual(['d', 'a', 'b']);
  });

  it('shows an item of two goals once, under the first picked goal', () => {
    const items = new Map([
      ['d', [key('1'), key('2')]],
      ['a', [key('2'), reflection('3')]],
    ]);
    const placed = pickedItemsByGoal(NEW_CONFERENCE_PLAN, [activeFirst, active], items);
    expect(placed.get('d')).toEqual([key('1'), key('2')]);
    expect(placed.get('a')).toEqual([reflection('3')]);
    expect(goalShowingEachItem(NEW_CONFERENCE_PLAN, [activeFirst, active], items)).toEqual(
      new Map([
        ['e:1', 'd'],
        ['e:2', 'd'],
        ['r:3', 'a'],
      ]),
    );
  });

  it('leaves out unticked items, and gives a goal an empty list when it has none', () => {
    const plan = withItemPicked(NEW_CONFERENCE_PLAN, key('2'), false);
    const placed = pickedItemsByGoal(
      plan,
      [activeFirst, achieved],
      new Map([['d', [key('1'), key('2')]]]),
    );
    expect(placed.get('d')).toEqual([key('1')]);
    expect(placed.get('b')).toEqual([]);
  });

  it('counts the slides: title, goals, items once each, skills', () => {
    const items = new Map([
      ['d', [key('1'), key('2')]],
      ['a', [key('2'), key('3')]],
      ['c', [key('4')]],
    ]);
    // Title + d, a, b + items 1, 2, 3 + skills.
    expect(conferenceSlideCount(NEW_CONFERENCE_PLAN, goals, items)).toBe(8);
    const smaller = withItemPicked(
      { ...NEW_CONFERENCE_PLAN, includeSkills: false },
      key('3'),
      false,
    );
    expect(conferenceSlideCount(smaller, goals, items)).toBe(6);
  });
});
