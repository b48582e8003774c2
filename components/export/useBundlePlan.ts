import { useLiveQuery } from 'dexie-react-hooks';
import type { PlpDatabase } from '@/lib/db/schema';
import type { BundleScopeRequest } from '@/lib/export/bundle/bundleScope';
import { planBundle, type BundlePlan } from '@/lib/export/bundle/planBundle';

/** The plan for a scope, kept live so the summary follows edits made in other tabs. */
export function useBundlePlan(
  db: PlpDatabase,
  request: BundleScopeRequest | null,
): BundlePlan | null | undefined {
  const key = JSON.stringify(request);
  return useLiveQuery(
    () => (request ? planBundle(db, request) : null),
    // The request is rebuilt on every render; its JSON is the stable identity.
    [db, key],
  );
}
