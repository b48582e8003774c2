import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  type ManagedPolicy,
  type ManagedStorageArea,
  readManagedPolicy,
} from '@/lib/settings/managedPolicy';

type StorageChangeListener = (changes: object, areaName: string) => void;

/** The parts of browser.storage the hook uses; storage.managed is missing in some browsers. */
export interface PolicyStorage {
  managed?: ManagedStorageArea;
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

/**
 * The school's policy as React state: null until read, then the validated policy ({} for a
 * student without one). Follows policy changes the browser pushes while the page is open.
 */
export function useManagedPolicy(
  storage: PolicyStorage = browser.storage as unknown as PolicyStorage,
): ManagedPolicy | null {
  const [policy, setPolicy] = useState<ManagedPolicy | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readManagedPolicy(storage.managed).then((next) => live && setPolicy(next));
    const onChanged: StorageChangeListener = (_changes, areaName) => {
      if (areaName === 'managed') read();
    };
    read();
    storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      storage.onChanged.removeListener(onChanged);
    };
  }, [storage]);
  return policy;
}
