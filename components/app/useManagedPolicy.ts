import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  type ManagedPolicy,
  type ManagedStorageArea,
  readManagedPolicy,
} from '@/lib/settings/managedPolicy';
import { lastSchoolPolicy, schoolManagedArea } from '@/lib/settings/schoolManagedArea';

type StorageChangeListener = (changes: object, areaName: string) => void;

/** Where the hook reads the policy and hears of changes to it. */
export interface PolicyStorage {
  managed?: ManagedStorageArea;
  /** The storage.local key that changes when a policy read lands (see schoolManagedArea). */
  rememberedKey?: string;
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

const extensionPolicyStorage: PolicyStorage = {
  managed: schoolManagedArea(),
  rememberedKey: lastSchoolPolicy.key.replace(/^local:/, ''),
  onChanged: browser.storage.onChanged as unknown as PolicyStorage['onChanged'],
};

/**
 * The school's policy as React state: null until read, then the validated policy ({} for a
 * student without one). Follows policy changes the browser pushes while the page is open, and a
 * policy that loads only after the first read gave up waiting for it.
 */
export function useManagedPolicy(
  storage: PolicyStorage = extensionPolicyStorage,
): ManagedPolicy | null {
  const [policy, setPolicy] = useState<ManagedPolicy | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readManagedPolicy(storage.managed).then((next) => live && setPolicy(next));
    const onChanged: StorageChangeListener = (changes, areaName) => {
      const landed =
        areaName === 'local' && !!storage.rememberedKey && storage.rememberedKey in changes;
      if (areaName === 'managed' || landed) read();
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
