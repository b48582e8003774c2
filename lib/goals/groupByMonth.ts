import { uiLanguage } from '../i18n/documentLocale';

/** One calendar month of a timeline. */
export interface MonthGroup<T> {
  /** `YYYY-MM`, stable for React keys and headings' ids. */
  key: string;
  /** The month in the reader's words, e.g. "March 2026". */
  label: string;
  items: T[];
}

export interface MonthOptions {
  /** Defaults to the language of the words on screen. */
  locale?: string;
  /** Defaults to the reader's own zone; tests pin one so months don't shift. */
  timeZone?: string;
}

/**
 * Splits items that are already in time order into runs of one calendar
 * month each, keeping their order. Months with nothing in them are not
 * shown: a gap in the timeline is visible from the headings' dates.
 */
export function groupByMonth<T extends { date: number }>(
  items: readonly T[],
  options: MonthOptions = {},
): MonthGroup<T>[] {
  // The key is an id, not words: one fixed locale keeps it `YYYY-MM` (Gregorian, ASCII digits)
  // whatever the language on screen.
  const keyFormat = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    timeZone: options.timeZone,
  });
  const labelFormat = new Intl.DateTimeFormat(options.locale ?? uiLanguage(), {
    year: 'numeric',
    month: 'long',
    timeZone: options.timeZone,
  });
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const parts = keyFormat.formatToParts(item.date);
    const year = parts.find((p) => p.type === 'year')?.value ?? '';
    const month = parts.find((p) => p.type === 'month')?.value ?? '';
    const key = `${year}-${month}`;
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, label: labelFormat.format(item.date), items: [item] });
  }
  return groups;
}
