import { describe, expect, it } from 'vitest';
import {
  finishOnboarding,
  nextStep,
  onboardingDone,
  ONBOARDING_STEPS,
  previousStep,
} from '@/lib/onboarding/onboardingState';
import { requestMicrophone } from '@/lib/onboarding/requestMicrophone';

describe('onboarding steps', () => {
  it('walks what a PLP is, the first goal, pinning and the microphone, in that order', () => {
    expect(ONBOARDING_STEPS).toEqual(['plp', 'goal', 'pin', 'microphone']);
    expect(nextStep('plp')).toBe('goal');
    expect(nextStep('microphone')).toBeNull();
    expect(previousStep('plp')).toBeNull();
    expect(previousStep('pin')).toBe('goal');
  });

  it('remembers that the tour was done', async () => {
    expect(await onboardingDone.getValue()).toBe(false);
    await finishOnboarding();
    expect(await onboardingDone.getValue()).toBe(true);
  });
});

describe('requestMicrophone', () => {
  it('stops the tracks as soon as the microphone is granted', async () => {
    const stopped: string[] = [];
    const track = { stop: () => stopped.push('audio') };
    const media = {
      getUserMedia: () => Promise.resolve({ getTracks: () => [track] } as unknown as MediaStream),
    };
    expect(await requestMicrophone(media)).toBe('granted');
    expect(stopped).toEqual(['audio']);
  });

  it('tells a denial from a missing microphone', async () => {
    const failWith = (name: string) => ({
      getUserMedia: () => Promise.reject(new DOMException('no', name)),
    });
    expect(await requestMicrophone(failWith('NotAllowedError'))).toBe('denied');
    expect(await requestMicrophone(failWith('NotFoundError'))).toBe('no-device');
    expect(await requestMicrophone(failWith('NotReadableError'))).toBe('error');
    expect(await requestMicrophone(undefined)).toBe('no-device');
  });
});
