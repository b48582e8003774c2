import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import type { EvidenceRecord, GoalRecord, SkillRecord } from '@/lib/db/records';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { discardEvidence, updateEvidenceDetails } from '@/lib/evidence/editEvidence';
import { lastUsedTags } from '@/lib/clip/lastUsedTags';
import { clipKindLabel } from '@/lib/clip/clipText';
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
  if (evidence === null || !goals || !skills)
    return <p role="status">{i18n.t('clip.sheet.loading')}</p>;
  if (!evidence) return <p role="alert">{i18n.t('clip.sheet.gone')}</p>;
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
    if (confirm(i18n.t('clip.sheet.confirmDiscard')))
      void run(() => discardEvidence(db, evidence.id), 'discarded');
  }

  return (
    <form className="clip-sheet" onSubmit={save} aria-labelledby="clip-sheet-heading" noValidate>
      <h2 id="clip-sheet-heading">{i18n.t('clip.sheet.heading')}</h2>
      <ClipPreview evidence={evidence} />
      <p className="hint">{clipKindLabel(evidence.kind)}</p>
      <div className="field">
        <label htmlFor="clip-title">{i18n.t('clip.sheet.title')}</label>
        <input
          id="clip-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={500}
        />
      </div>
      <div className="field">
        <label htmlFor="clip-note">{i18n.t('clip.sheet.note')}</label>
        <textarea
          id="clip-note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          autoFocus
        />
      </div>
      <fieldset className="field">
        <legend>{i18n.t('clip.sheet.goals')}</legend>
        {goals.length === 0 && <p className="hint">{i18n.t('clip.sheet.noGoals')}</p>}
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
        legend={i18n.t('clip.sheet.skills')}
      />
      <div className="dialog-actions">
        <button type="button" onClick={discard} disabled={busy}>
          {i18n.t('clip.sheet.discard')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {i18n.t('clip.sheet.save')}
        </button>
      </div>
    </form>
  );
}
