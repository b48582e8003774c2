import { useEffect, useState } from 'react';

/** The part of a @wxt-dev/storage item the hook uses. */
interface StoredSetting<T> {
  fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/**
 * A setting kept in extension storage, as React state: it starts at the fallback, loads the
 * stored value, and follows changes made in another tab.
 */
export function useStoredSetting<T>(item: StoredSetting<T>): [T, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    void item.getValue().then((stored) => live && setValue(stored));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const update = async (next: T) => {
    setValue(next);
    await item.setValue(next);
  };
  return [value, update];
}
