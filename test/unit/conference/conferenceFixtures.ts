import type { GoalRecord } from '@/lib/db/records';
import type { ConferenceItem } from '@/lib/conference/conferenceItem';

/** A goal record with everything but what a test cares about filled in. */
export function goalRecord(id: string, overrides: Partial<GoalRecord> = {}): GoalRecord {
  return {
    id,
    title: `Goal ${id}`,
    category: 'academic',
    description: '',
    whyItMatters: '',
    successCriteria: '',
    steps: [],
    skillIds: [],
    status: 'active',
    targetDate: null,
    order: 0,
    createdAt: 1,
    updatedAt: 1,
    achievedAt: null,
    ...overrides,
  };
}

export function conferenceItem(
  id: string,
  overrides: Partial<ConferenceItem> = {},
): ConferenceItem {
  return {
    table: 'evidence',
    id,
    kind: 'link',
    title: `Item ${id}`,
    date: 1,
    note: '',
    excerpt: null,
    imageMediaId: null,
    tallImage: false,
    videoMediaId: null,
    recordingStatus: null,
    source: null,
    goalIds: [],
    skillIds: [],
    ...overrides,
  };
}
