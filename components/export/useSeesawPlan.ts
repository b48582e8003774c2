import { useLiveQuery } from 'dexie-react-hooks';
import type { PlpDatabase } from '@/lib/db/schema';
import type { BundleScopeRequest } from '@/lib/export/bundle/bundleScope';
import { planSeesawExport } from '@/lib/export/seesaw/planSeesawExport';
import type { SeesawPlan } from '@/lib/export/seesaw/SeesawFile';
import type { SeesawLimits } from '@/lib/export/seesaw/seesawLimits';

/** The Seesaw files for a scope, kept live so the list follows edits made in other tabs. */
export function useSeesawPlan(
  db: PlpDatabase,
  request: BundleScopeRequest | null,
  limits: SeesawLimits,
): SeesawPlan | null | undefined {
  // The request and limits are rebuilt on every render; their JSON is the stable identity.
  const key = JSON.stringify([request, limits]);
  return useLiveQuery(() => (request ? planSeesawExport(db, request, limits) : null), [db, key]);
}
