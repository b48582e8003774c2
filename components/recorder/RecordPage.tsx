import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { LivePanel } from './LivePanel';
import { RecordSetup } from './RecordSetup';
import { useLiveRecording } from './useLiveRecording';

type RecordRoute = Extract<DashboardRoute, { view: 'record' }>;

/** The recording this page watched, to know where to go when it ends. */
interface Watched {
  reflectionId: string;
  /** A start that failed before capturing (picker cancelled) leaves nothing to show. */
  captured: boolean;
  discarded: boolean;
}

/**
 * The `record` route: the setup screen, then the live panel while recording.
 * When the recording ends, the student lands on the new reflection, where
 * its processing shows.
 */
export function RecordPage({
  route,
  navigate,
}: {
  route: RecordRoute;
  navigate: (route: DashboardRoute) => void;
}) {
  const live = useLiveRecording();
  const [watched, setWatched] = useState<Watched | null>(null);

  // Follow the live recording as it goes (React's "adjust state while rendering" pattern).
  if (live) {
    const { reflectionId, status } = live.recording;
    const same = watched?.reflectionId === reflectionId ? watched : null;
    const captured = Boolean(same?.captured) || status === 'recording' || status === 'paused';
    if (!same || same.captured !== captured)
      setWatched({ reflectionId, captured, discarded: same?.discarded ?? false });
  }
  const finished =
    live === null && watched?.captured && !watched.discarded ? watched.reflectionId : null;

  useEffect(() => {
    if (finished) navigate({ view: 'reflection', reflectionId: finished });
  }, [finished, navigate]);

  if (live === undefined) return <p role="status">{i18n.t('recorder.common.loading')}</p>;
  if (finished) return <p role="status">{i18n.t('recorder.page.saving')}</p>;
  if (live)
    return (
      <LivePanel
        live={live}
        onDiscarding={(active) => setWatched((w) => w && { ...w, discarded: active })}
      />
    );
  return <RecordSetup goalId={route.goalId ?? null} tabId={route.tabId ?? null} />;
}
