import { storage } from '#imports';
import {
  DEFAULT_SEESAW_LIMITS,
  normalizeSeesawLimits,
  type SeesawLimits,
} from '../export/seesaw/seesawLimits';

/** The student's own Seesaw limits. A school's managed policy (issue 7) will override these. */
export const seesawLimitsSetting = storage.defineItem<SeesawLimits>('local:seesaw.limits', {
  fallback: DEFAULT_SEESAW_LIMITS,
});

/** Reads the limits from whatever holds them (the setting today, the school policy later), never broken. */
export async function readSeesawLimits(
  source: { getValue(): Promise<Partial<SeesawLimits> | null> } = seesawLimitsSetting,
): Promise<SeesawLimits> {
  return normalizeSeesawLimits(await source.getValue());
}
