import { useCallback, useState } from 'react';

/**
 * A small UI preference (like grid or list) remembered in localStorage.
 * Anything stored that isn't one of `choices` falls back to the first one.
 */
export function useStoredChoice<T extends string>(
  storageKey: string,
  choices: readonly [T, ...T[]],
): [T, (choice: T) => void] {
  const [choice, setChoice] = useState<T>(() => {
    const stored = readStorage(storageKey);
    return choices.find((c) => c === stored) ?? choices[0];
  });
  const choose = useCallback(
    (next: T) => {
      setChoice(next);
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // Storage can be full or blocked; the choice still holds for this visit.
      }
    },
    [storageKey],
  );
  return [choice, choose];
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
