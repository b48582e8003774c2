import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { ManagedStorageArea } from './managedPolicy';
import { rememberedManagedArea } from './rememberedManagedArea';

/** The school policy as last read from storage.managed; raw, validated on every read. */
export const lastSchoolPolicy = storage.defineItem<Record<string, unknown> | null>(
  'local:school.lastPolicy',
  { fallback: null },
);

/**
 * The extension's one way to read the school's policy: storage.managed, bounded in time and
 * remembered (see rememberedManagedArea). Undefined where the browser has no managed storage.
 */
export function schoolManagedArea(): ManagedStorageArea | undefined {
  return rememberedManagedArea(browser.storage.managed as ManagedStorageArea | undefined, {
    recall: () => lastSchoolPolicy.getValue(),
    remember: (raw) => lastSchoolPolicy.setValue(raw),
  });
}
