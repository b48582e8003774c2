import * as v from 'valibot';

/** Building blocks shared by the record schemas (records.ts, driveRecords.ts). */

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A calendar day, kept as text so it never shifts with the time zone. */
export const isoDaySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
