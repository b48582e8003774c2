import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import type { GoalRecord, ReflectionRecord, SkillRecord } from '@/lib/db/records';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { deleteReflection } from '@/lib/reflections/reflectionsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { formatClock } from '../recorder/formatClock';
import { ReflectionDetailsForm } from './ReflectionDetailsForm';
import { ReflectionStatusPanel } from './ReflectionStatusPanel';
import { ReflectionVideo } from './ReflectionVideo';
import { RecordingStopNotice } from './RecordingStopNotice';
import { TrimControls } from './TrimControls';
import { useReflectionCommands } from './useReflectionCommands';

/** The `reflection/<id>` route: watch, describe, tag, trim, shrink or delete one reflection. */
export function ReflectionDetail({
  reflectionId,
  navigate,
}: {
  reflectionId: string;
  navigate: (route: DashboardRoute) => void;
}) {
  const { db } = useDatabase();
  const reflection = useLiveQuery(() => db.reflections.get(reflectionId), [db, reflectionId], null);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  if (reflection === null || !goals || !skills)
    return <p role="status">{i18n.t('reflections.detail.loading')}</p>;
  if (!reflection)
    return (
      <section aria-labelledby="reflection-missing">
        <h2 id="reflection-missing">{i18n.t('reflections.detail.missingHeading')}</h2>
        <p>{i18n.t('reflections.detail.missingText')}</p>
        <a href="#/reflections">{i18n.t('reflections.detail.backToList')}</a>
      </section>
    );
  return (
    <ReflectionDetailView
      reflection={reflection}
      goals={goals.filter((g) => g.status === 'active' || reflection.goalIds.includes(g.id))}
      skills={skills}
      navigate={navigate}
    />
  );
}

function ReflectionDetailView({
  reflection,
  goals,
  skills,
  navigate,
}: {
  reflection: ReflectionRecord;
  goals: GoalRecord[];
  skills: SkillRecord[];
  navigate: (route: DashboardRoute) => void;
}) {
  const { db, reportError } = useDatabase();
  const video = useRef<HTMLVideoElement>(null);
  const commands = useReflectionCommands(reflection.id);
  const [deleting, setDeleting] = useState(false);
  const created = new Date(reflection.createdAt);
  const ready = reflection.status === 'ready' && reflection.mediaId !== null;
  const headingId = `reflection-${reflection.id}-heading`;

  async function remove() {
    if (!confirm(i18n.t('reflections.detail.confirmDelete', { title: reflection.title }))) return;
    setDeleting(true);
    try {
      if (reflection.status === 'processing') await commands.cancelQuietly();
      await deleteReflection(db, reflection.id);
      navigate({ view: 'reflections' });
    } catch (error) {
      if (!reportError(error)) throw error;
      setDeleting(false);
    }
  }

  return (
    <article className="reflection-detail" aria-labelledby={headingId}>
      <p>
        <a href="#/reflections">{i18n.t('reflections.detail.back')}</a>
      </p>
      <h2 id={headingId}>{reflection.title || i18n.t('reflections.item.untitled')}</h2>
      <p className="hint">
        {i18n.t('reflections.detail.recorded')}{' '}
        <time dateTime={created.toISOString()}>{created.toLocaleString()}</time>
        {reflection.durationMs !== null &&
          ` · ${i18n.t('reflections.detail.long', { duration: formatClock(reflection.durationMs) })}`}
      </p>
      <ReflectionStatusPanel reflection={reflection} commands={commands} />
      <RecordingStopNotice recordingId={reflection.recordingId} />
      {reflection.mediaId && reflection.status !== 'recording' && (
        <ReflectionVideo
          key={`video-${reflection.mediaId}`}
          mediaId={reflection.mediaId}
          posterMediaId={reflection.posterMediaId}
          title={reflection.title}
          videoRef={video}
        />
      )}
      <ReflectionDetailsForm
        key={reflection.id}
        reflection={reflection}
        goals={goals}
        skills={skills}
      />
      {reflection.prompts.length > 0 && (
        <section aria-labelledby={`${headingId}-prompts`}>
          <h3 id={`${headingId}-prompts`}>{i18n.t('reflections.detail.promptsHeading')}</h3>
          <ol className="prompt-preview">
            {reflection.prompts.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ol>
        </section>
      )}
      {ready && reflection.durationMs !== null && (
        <TrimControls
          key={`trim-${reflection.mediaId}`}
          durationMs={reflection.durationMs}
          currentTimeMs={() => Math.round((video.current?.currentTime ?? 0) * 1000)}
          busy={commands.busy}
          onTrim={(startMs, endMs) => void commands.trim(startMs, endMs)}
        />
      )}
      {ready && (
        <section aria-labelledby={`${headingId}-size`}>
          <h3 id={`${headingId}-size`}>{i18n.t('reflections.detail.sizeHeading')}</h3>
          <p className="hint">{i18n.t('reflections.detail.sizeHint')}</p>
          <button
            type="button"
            disabled={commands.busy}
            onClick={() => void commands.makeSmaller()}
            data-testid="reflection-smaller"
          >
            {i18n.t('reflections.detail.makeSmaller')}
          </button>
        </section>
      )}
      <section aria-labelledby={`${headingId}-delete`} className="reflection-delete">
        <h3 id={`${headingId}-delete`}>{i18n.t('reflections.detail.deleteHeading')}</h3>
        <button
          type="button"
          className="danger"
          disabled={deleting || reflection.status === 'recording'}
          onClick={() => void remove()}
          data-testid="reflection-delete"
        >
          {i18n.t('reflections.detail.delete')}
        </button>
        {reflection.status === 'recording' && (
          <p className="hint">{i18n.t('reflections.detail.stopFirst')}</p>
        )}
      </section>
    </article>
  );
}
