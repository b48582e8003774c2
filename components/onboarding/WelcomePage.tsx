import { i18n } from '#i18n';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import {
  finishOnboarding,
  nextStep,
  ONBOARDING_STEPS,
  previousStep,
  type OnboardingStep,
} from '@/lib/onboarding/onboardingState';
import { PlpSummary } from '../goals/PlpIntro';
import { FirstGoalStep } from './FirstGoalStep';
import { MicrophoneStep } from './MicrophoneStep';
import { PinStep } from './PinStep';
import './onboarding.css';

const STEP_TITLE_KEYS = {
  plp: 'onboarding.steps.plp',
  goal: 'onboarding.steps.goal',
  pin: 'onboarding.steps.pin',
  microphone: 'onboarding.steps.microphone',
} as const satisfies Record<OnboardingStep, string>;

function StepBody({ step }: { step: OnboardingStep }): ReactNode {
  switch (step) {
    case 'plp':
      return (
        <>
          <PlpSummary />
          <p>{i18n.t('onboarding.plpBody')}</p>
        </>
      );
    case 'goal':
      return <FirstGoalStep />;
    case 'pin':
      return <PinStep />;
    case 'microphone':
      return <MicrophoneStep />;
  }
}

/**
 * The first-run tour, one step at a time. Each step's heading takes focus so keyboard and screen
 * reader users start reading there; "Skip the tour" is always there, and finishing or skipping
 * is remembered so the tour is never forced again.
 */
export function WelcomePage({ navigate }: { navigate: (route: DashboardRoute) => void }) {
  const [step, setStep] = useState<OnboardingStep>('plp');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const index = ONBOARDING_STEPS.indexOf(step);
  const back = previousStep(step);
  const next = nextStep(step);
  const leave = async () => {
    // The tour is a welcome, not a gate: if storage fails, the student still gets to their goals.
    await finishOnboarding().catch(() => undefined);
    navigate({ view: 'goals' });
  };
  return (
    <section aria-labelledby="welcome-heading" className="welcome-page">
      <h2 id="welcome-heading">{i18n.t('onboarding.heading')}</h2>
      <p className="hint" data-testid="welcome-progress">
        {i18n.t('onboarding.progress', {
          step: String(index + 1),
          total: String(ONBOARDING_STEPS.length),
        })}
      </p>
      <div className="welcome-step" data-testid={`welcome-step-${step}`}>
        <h3 ref={heading} tabIndex={-1}>
          {i18n.t(STEP_TITLE_KEYS[step])}
        </h3>
        <StepBody step={step} />
      </div>
      <div className="welcome-actions">
        {back && (
          <button type="button" onClick={() => setStep(back)}>
            {i18n.t('onboarding.back')}
          </button>
        )}
        {next ? (
          <button type="button" className="primary" onClick={() => setStep(next)}>
            {i18n.t('onboarding.next')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void leave()}>
            {i18n.t('onboarding.finish')}
          </button>
        )}
        {next && (
          <button type="button" className="link-button" onClick={() => void leave()}>
            {i18n.t('onboarding.skip')}
          </button>
        )}
      </div>
    </section>
  );
}
