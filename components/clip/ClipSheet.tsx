import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { EvidenceRecord, GoalRecord, SkillRecord } from '@/lib/db/records';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { discardEvidence, updateEvidenceDetails } from '@/lib/evidence/editEvidence';
import { lastUsedTags } from '@/lib/clip/lastUsedTags';
import { CLIP_KIND_LABELS } from '@/lib/clip/clipText';
import { useDatabase } from '../app/DatabaseProvider';
import { SkillCheckboxes } from '../goals/SkillCheckboxes';
import { ClipPreview } from './ClipPreview';

export type SheetResult = 'saved' | 'discarded';

/** After a capture: the student adds a note, goals and skills, then saves (or discards the clip). */
export function ClipSheet({
  evidenceId,
  onDone,
}: {
  evidenceId: string;
  onDone: (result: SheetResult) => void;
}) {
  const { db } = useDatabase();
  const evidence = useLiveQuery(() => db.evidence.get(evidenceId), [db, evidenceId], null);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  if (evidence === null || !goals || !skills) return <p role="status">Loading your clip…</p>;
  if (!evidence)
    return (
      <p role="alert">
        This clip is no longer there. It may have been discarded in another window.
      </p>
    );
  return (
    <ClipSheetForm
      key={evidence.id}
      evidence={evidence}
      goals={goals.filter((g) => g.status === 'active' || evidence.goalIds.includes(g.id))}
      skills={skills}
      onDone={onDone}
    />
  );
}

function ClipSheetForm(props: {
  evidence: EvidenceRecord;
  goals: GoalRecord[];
  skills: SkillRecord[];
  onDone: (result: SheetResult) => void;
}) {
  const { evidence, goals, skills, onDone } = props;
  const { db, reportError } = useDatabase();
  const [title, setTitle] = useState(evidence.title);
  const [note, setNote] = useState(evidence.note);
  const [goalIds, setGoalIds] = useState(
    evidence.goalIds.filter((id) => goals.some((g) => g.id === id)),
  );
  const [skillIds, setSkillIds] = useState(evidence.skillIds);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<unknown>, result: SheetResult) {
    setBusy(true);
    try {
      await work();
      onDone(result);
    } catch (error) {
      if (!reportError(error)) throw error;
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await updateEvidenceDetails(db, evidence.id, { title, note, goalIds, skillIds });
      await lastUsedTags.setValue({ goalIds, skillIds });
    }, 'saved');
  }

  function discard() {
    if (confirm('Discard this clip? It will be deleted.'))
      void run(() => discardEvidence(db, evidence.id), 'discarded');
  }

  return (
    <form className="clip-sheet" onSubmit={save} aria-labelledby="clip-sheet-heading" noValidate>
      <h2 id="clip-sheet-heading">Clip saved: add it to your plan</h2>
      <ClipPreview evidence={evidence} />
      <p className="hint">{CLIP_KIND_LABELS[evidence.kind]}</p>
      <div className="field">
        <label htmlFor="clip-title">Title</label>
        <input
          id="clip-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={500}
        />
      </div>
      <div className="field">
        <label htmlFor="clip-note">What does this show about my learning?</label>
        <textarea
          id="clip-note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          autoFocus
        />
      </div>
      <fieldset className="field">
        <legend>Goals this is evidence for</legend>
        {goals.length === 0 && (
          <p className="hint">You have no active goals yet. You can tag this clip later.</p>
        )}
        {goals.map((goal) => (
          <label key={goal.id} className="check-row">
            <input
              type="checkbox"
              checked={goalIds.includes(goal.id)}
              onChange={(e) =>
                setGoalIds(
                  e.target.checked ? [...goalIds, goal.id] : goalIds.filter((id) => id !== goal.id),
                )
              }
            />
            {goal.title}
          </label>
        ))}
      </fieldset>
      <SkillCheckboxes
        skills={skills}
        selected={skillIds}
        onChange={setSkillIds}
        legend="Skills it shows"
      />
      <div className="dialog-actions">
        <button type="button" onClick={discard} disabled={busy}>
          Discard clip
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Save to my PLP
        </button>
      </div>
    </form>
  );
}
