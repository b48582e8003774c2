import { describe, expect, it } from 'vitest';
import { buildSeesawCaption } from '@/lib/export/seesaw/buildSeesawCaption';

const DATE = new Date(2026, 10, 23, 12).getTime();

describe('buildSeesawCaption', () => {
  it('gives title, goal, skills, note, source and date as plain lines', () => {
    const caption = buildSeesawCaption({
      title: 'Lava   flows',
      goalTitles: ['Understand volcanoes'],
      skillNames: ['Communication', 'Critical thinking'],
      note: 'I learned how fast lava moves.\r\nIt was surprising.',
      sourceUrl: 'https://example.org/lava',
      date: DATE,
    });
    expect(caption).toBe(
      [
        'Lava flows',
        'Goal: Understand volcanoes',
        'Skills: Communication, Critical thinking',
        'I learned how fast lava moves.\nIt was surprising.',
        'Source: https://example.org/lava',
        'Date: 2026-11-23',
      ].join('\n'),
    );
  });

  it('leaves out empty parts and names several goals', () => {
    const caption = buildSeesawCaption({
      title: '',
      goalTitles: ['A', 'B'],
      skillNames: [],
      note: '  ',
      sourceUrl: null,
      date: DATE,
    });
    expect(caption).toBe('Untitled\nGoals: A; B\nDate: 2026-11-23');
  });

  it('never cuts a long note short', () => {
    const note = 'word '.repeat(2000).trim();
    const caption = buildSeesawCaption({
      title: 'T',
      goalTitles: [],
      skillNames: [],
      note,
      sourceUrl: null,
      date: DATE,
    });
    expect(caption).toContain(note);
  });
});
