import { storage } from '#imports';

/** The goals and skills of the student's last saved clip: quick clips and the next sheet start from them. */
export const lastUsedTags = storage.defineItem<{ goalIds: string[]; skillIds: string[] }>(
  'local:clip.lastUsedTags',
  {
    fallback: { goalIds: [], skillIds: [] },
  },
);
