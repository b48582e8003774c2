import { describe, expect, it } from 'vitest';
import { mapMediaError } from '@/lib/record/mapMediaError';

const error = (name: string, message = 'x') => new DOMException(message, name);

describe('mapMediaError', () => {
  it.each([
    ['NotAllowedError', 'microphone', 'permission-denied'],
    ['NotFoundError', 'camera', 'no-device'],
    ['OverconstrainedError', 'microphone', 'no-device'],
    ['NotReadableError', 'camera', 'unknown'],
    ['NotSupportedError', 'screen', 'unsupported'],
    ['NotAllowedError', 'screen', 'picker-cancelled'],
    ['AbortError', 'screen', 'picker-cancelled'],
    ['AbortError', 'tab', 'tab-not-invoked'],
    ['NotAllowedError', 'tab', 'tab-not-invoked'],
  ] as const)('%s from the %s is %s', (name, device, reason) => {
    expect(mapMediaError(error(name), device)).toMatchObject({ reason, device });
  });

  it('tells the system refusing screen capture apart from a closed picker', () => {
    const failure = mapMediaError(
      error('NotAllowedError', 'Permission denied by system'),
      'screen',
    );
    expect(failure.reason).toBe('permission-denied');
    expect(failure.detail).toContain('by system');
  });
});
