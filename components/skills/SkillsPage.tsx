import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { SkillRecord } from '@/lib/db/records';
import {
  addSkill,
  countGoalsPerSkill,
  listSkills,
  removeSkill,
  SkillValidationError,
  updateSkill,
  type SkillInputIssue,
} from '@/lib/skills/skillsRepo';
import { skillsOutsideFramework } from '@/lib/settings/schoolSkillsFramework';
import { useDatabase } from '../app/DatabaseProvider';
import { useManagedPolicy } from '../app/useManagedPolicy';
import { SkillRow } from './SkillRow';
import { skillIssueMessage } from './skillIssueMessage';

/** The skills framework editor. Vermont's five skills are the default; a school may replace them. */
export function SkillsPage() {
  const { db, reportError } = useDatabase();
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const usage = useLiveQuery(() => countGoalsPerSkill(db), [db]);
  const policy = useManagedPolicy();
  const [name, setName] = useState('');
  const [issue, setIssue] = useState<SkillInputIssue | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function run<T>(work: () => Promise<T>): Promise<SkillInputIssue | null> {
    try {
      await work();
      return null;
    } catch (error) {
      if (error instanceof SkillValidationError) return error.issue;
      if (!reportError(error)) throw error;
      return null;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const problem = await run(() => addSkill(db, { name, description: '' }));
    setIssue(problem);
    if (!problem) {
      setAnnouncement(`Skill “${name.trim()}” added.`);
      setName('');
    }
  }

  const row = (skill: SkillRecord, actions: 'edit' | 'remove-only' | 'none') => (
    <SkillRow
      key={skill.id}
      skill={skill}
      goalCount={usage?.get(skill.id) ?? 0}
      actions={actions}
      onSave={(input) => run(() => updateSkill(db, skill.id, input))}
      onRemove={async () => {
        await run(() => removeSkill(db, skill.id));
        setAnnouncement(`Skill “${skill.name}” removed.`);
      }}
    />
  );

  if (!skills || !usage || !policy) return <p role="status">Loading skills…</p>;
  const schoolSet = policy.skillsFramework !== undefined;
  if (schoolSet) {
    const earlier = skillsOutsideFramework(skills);
    return (
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">Skills framework</h2>
        <p data-testid="skills-school-notice">
          <span className="set-by-school">Set by your school.</span> Your school chose these skills
          for everyone. Tag your goals, evidence and reflections with them; only your school can
          change the list.
        </p>
        <p className="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        <ul className="skill-list">
          {skills.filter((s) => s.source === 'school').map((s) => row(s, 'none'))}
        </ul>
        {earlier.length > 0 && (
          <>
            <h3>Your earlier skills</h3>
            <p className="hint">
              These are not in your school’s framework but some of your work is still tagged with
              them. Remove one to take its tag off everything.
            </p>
            <ul className="skill-list">{earlier.map((s) => row(s, 'remove-only'))}</ul>
          </>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="skills-heading">
      <h2 id="skills-heading">Skills framework</h2>
      <p>
        These are the transferable skills you tag your goals, evidence and reflections with. PLP
        Companion starts with Vermont’s five; you can rename them or add your own.
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <ul className="skill-list">{skills.map((s) => row(s, 'edit'))}</ul>
      <form onSubmit={add} className="add-skill" noValidate>
        <label htmlFor="new-skill">New skill</label>
        <input
          id="new-skill"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? 'new-skill-error' : undefined}
        />
        <button type="submit">Add skill</button>
        {issue && (
          <p id="new-skill-error" className="field-error">
            {skillIssueMessage(issue)}
          </p>
        )}
      </form>
    </section>
  );
}
