import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { listGoalItems } from '@/lib/conference/listGoalItems';
import { NEW_CONFERENCE_PLAN } from '@/lib/conference/conferencePlan';
import { prepareConference } from '@/lib/conference/prepareConference';
import type { ConferenceSlide } from '@/lib/conference/buildConferenceSlides';
import { useDatabase } from '../app/DatabaseProvider';
import { ConferencePlanner } from './ConferencePlanner';
import { ConferencePresentation } from './ConferencePresentation';
import { useFullscreen } from './useFullscreen';
import './conference.css';
import './conferenceSlides.css';

type Phase =
  | { step: 'planning'; returned: boolean; problem: string | null }
  | { step: 'starting' }
  | { step: 'presenting'; slides: ConferenceSlide[]; fullscreen: boolean };

const PLANNING: Phase = { step: 'planning', returned: false, problem: null };

/**
 * Conference mode: plan which goals and evidence to show, then present them
 * full screen. The plan lives here, so leaving the slides keeps every choice.
 */
export function ConferencePage(_props: { navigate: (route: DashboardRoute) => void }) {
  const { db, reportError } = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const goalIdsKey = goals?.map((goal) => goal.id).join('\n');
  const itemsByGoal = useLiveQuery(
    () =>
      goalIdsKey === undefined
        ? undefined
        : listGoalItems(db, goalIdsKey ? goalIdsKey.split('\n') : []),
    [db, goalIdsKey],
  );
  const [plan, setPlan] = useState(NEW_CONFERENCE_PLAN);
  const [phase, setPhase] = useState<Phase>(PLANNING);
  const rootRef = useRef<HTMLDivElement>(null);
  // Each start gets a number, so a late result of a cancelled start is ignored.
  const attemptRef = useRef(0);

  const backToPlan = () => {
    attemptRef.current += 1;
    setPhase({ step: 'planning', returned: true, problem: null });
  };
  const fullscreen = useFullscreen(backToPlan);

  const start = () => {
    if (!goals || !skills || !itemsByGoal || phase.step !== 'planning') return;
    const attempt = (attemptRef.current += 1);
    setPhase({ step: 'starting' });
    // Asked for in the click itself: browsers allow full screen only from a user gesture.
    const entered = rootRef.current ? fullscreen.enter(rootRef.current) : Promise.resolve(false);
    const slides = prepareConference(db, plan, { goals, skills, itemsByGoal });
    Promise.all([slides, entered]).then(
      ([ready, isFullscreen]) => {
        if (attempt !== attemptRef.current) return;
        setPhase({ step: 'presenting', slides: ready, fullscreen: isFullscreen });
      },
      (error: unknown) => {
        if (attempt !== attemptRef.current) return;
        fullscreen.exit();
        reportError(error);
        setPhase({
          step: 'planning',
          returned: true,
          problem: i18n.t('conference.page.loadFailed'),
        });
      },
    );
  };

  const leave = () => {
    fullscreen.exit();
    backToPlan();
  };

  return (
    <div className="conference" ref={rootRef}>
      {phase.step === 'presenting' ? (
        <ConferencePresentation
          slides={phase.slides}
          fullscreen={phase.fullscreen}
          onLeave={leave}
        />
      ) : !goals || !skills ? (
        <p className="conference-plan" role="status">
          {i18n.t('conference.page.loadingGoals')}
        </p>
      ) : (
        <ConferencePlanner
          goals={goals}
          itemsByGoal={itemsByGoal}
          plan={plan}
          onPlanChange={setPlan}
          onStart={start}
          starting={phase.step === 'starting'}
          problem={phase.step === 'planning' ? phase.problem : null}
          focusStart={phase.step === 'planning' && phase.returned}
        />
      )}
    </div>
  );
}
