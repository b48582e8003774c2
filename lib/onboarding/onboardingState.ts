import { storage } from '#imports';

/**
 * Whether the student finished (or skipped) the welcome tour. Set once, so the tour is never
 * forced on them again; the "Welcome tour" link on the privacy page still opens it.
 */
export const onboardingDone = storage.defineItem<boolean>('local:onboarding.done', {
  fallback: false,
});

export const ONBOARDING_STEPS = ['plp', 'goal', 'pin', 'microphone'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** The step after `step`, or null when the tour is over. */
export function nextStep(step: OnboardingStep): OnboardingStep | null {
  return ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null on the first one. */
export function previousStep(step: OnboardingStep): OnboardingStep | null {
  const index = ONBOARDING_STEPS.indexOf(step);
  return index > 0 ? (ONBOARDING_STEPS[index - 1] ?? null) : null;
}

/** Marks the tour done, whether it was finished or skipped. */
export async function finishOnboarding(
  item: Pick<typeof onboardingDone, 'setValue'> = onboardingDone,
) {
  await item.setValue(true);
}
