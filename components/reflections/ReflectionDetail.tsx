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
  if (reflection === null || !goals || !skills) return <p role="status">Loading the reflection…</p>;
  if (!reflection)
    return (
      <section aria-labelledby="reflection-missing">
        <h2 id="reflection-missing">This reflection is no longer here</h2>
        <p>It may have been deleted or discarded.</p>
        <a href="#/reflections">Back to my reflections</a>
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
    if (!confirm(`Delete “${reflection.title}”? The video is removed for good.`)) return;
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
        <a href="#/reflections">← My reflections</a>
      </p>
      <h2 id={headingId}>{reflection.title || 'Untitled reflection'}</h2>
      <p className="hint">
        Recorded <time dateTime={created.toISOString()}>{created.toLocaleString()}</time>
        {reflection.durationMs !== null && <> · {formatClock(reflection.durationMs)} long</>}
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
          <h3 id={`${headingId}-prompts`}>Prompts shown while recording</h3>
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
          <h3 id={`${headingId}-size`}>File size</h3>
          <p className="hint">
            Makes the video smaller to save space and share faster. It takes a few minutes and the
            picture gets a little softer.
          </p>
          <button
            type="button"
            disabled={commands.busy}
            onClick={() => void commands.makeSmaller()}
            data-testid="reflection-smaller"
          >
            Make it smaller
          </button>
        </section>
      )}
      <section aria-labelledby={`${headingId}-delete`} className="reflection-delete">
        <h3 id={`${headingId}-delete`}>Delete</h3>
        <button
          type="button"
          className="danger"
          disabled={deleting || reflection.status === 'recording'}
          onClick={() => void remove()}
          data-testid="reflection-delete"
        >
          Delete this reflection
        </button>
        {reflection.status === 'recording' && (
          <p className="hint">Stop or discard the recording in the recorder first.</p>
        )}
      </section>
    </article>
  );
}
