import { i18n } from '#i18n';

/**
 * How long a video and how large a file the student's Seesaw will take. A
 * school can set its own (the managed policy, issue 7, will override these);
 * the export never drops an item over a limit, it explains what to do.
 *
 * Defaults, and where they come from:
 * - maxVideoMinutes 5: Seesaw's own video recorder stops at 5 minutes, the
 *   figure its help centre gives for student videos. We could not find a
 *   separately documented limit for uploaded videos in our reference corpus,
 *   so the recorder's limit is the safe choice.
 * - maxFileMB 100: no documented upload size limit was found in the corpus
 *   either. 100 MB fits a 5-minute video from the "auto" conversion (browser
 *   H.264 at about 2.5 Mbit/s is ~94 MB) and keeps uploads on school Wi-Fi
 *   reasonable. Both numbers are unverified against Seesaw: schools that know
 *   theirs should set them.
 */
export interface SeesawLimits {
  maxVideoMinutes: number;
  maxFileMB: number;
}

export const DEFAULT_SEESAW_LIMITS: SeesawLimits = { maxVideoMinutes: 5, maxFileMB: 100 };

/** Keeps a stored or policy-supplied value usable: a broken setting falls back to the default. */
export function normalizeSeesawLimits(
  value: Partial<SeesawLimits> | null | undefined,
): SeesawLimits {
  const positive = (n: unknown, fallback: number) =>
    typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : fallback;
  return {
    maxVideoMinutes: positive(value?.maxVideoMinutes, DEFAULT_SEESAW_LIMITS.maxVideoMinutes),
    maxFileMB: positive(value?.maxFileMB, DEFAULT_SEESAW_LIMITS.maxFileMB),
  };
}

const MB = 1024 * 1024;

export type OverLimitReason =
  'video-too-long' | 'file-too-large' | 'not-seesaw-format' | 'file-missing';

export interface OverLimit {
  reason: OverLimitReason;
  /** A sentence the student can act on. */
  detail: string;
}

/** Whole minutes and seconds as a student says them: "12 minutes", "4 minutes 30 seconds". */
export function describeDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const secondsText = i18n.t('exportFiles.seesaw.seconds', seconds);
  if (minutes === 0) return secondsText;
  const minutesText = i18n.t('exportFiles.seesaw.minutes', minutes);
  return seconds === 0
    ? minutesText
    : i18n.t('exportFiles.seesaw.minutesAndSeconds', {
        minutes: minutesText,
        seconds: secondsText,
      });
}

function describeMB(bytes: number): string {
  const mb = bytes / MB;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** A video longer than the school's limit, or null. */
export function checkVideoLength(
  durationMs: number | null,
  limits: SeesawLimits,
): OverLimit | null {
  if (durationMs === null || durationMs <= limits.maxVideoMinutes * 60_000) return null;
  return {
    reason: 'video-too-long',
    detail: i18n.t('exportFiles.seesaw.videoTooLong', {
      length: describeDuration(durationMs),
      limit: describeDuration(limits.maxVideoMinutes * 60_000),
    }),
  };
}

/** A file larger than the school's limit, or null. */
export function checkFileSize(bytes: number, limits: SeesawLimits): OverLimit | null {
  if (bytes <= limits.maxFileMB * MB) return null;
  return {
    reason: 'file-too-large',
    detail: i18n.t('exportFiles.seesaw.fileTooLarge', {
      size: describeMB(bytes),
      limit: limits.maxFileMB,
    }),
  };
}
