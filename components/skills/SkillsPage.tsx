import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import {
  addSkill,
  countGoalsPerSkill,
  listSkills,
  removeSkill,
  SkillValidationError,
  updateSkill,
  type SkillInputIssue,
} from '@/lib/skills/skillsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { SkillRow } from './SkillRow';
import { skillIssueMessage } from './skillIssueMessage';

/** The skills framework editor. Vermont's five skills are the default; a school may replace them. */
export function SkillsPage() {
  const { db, reportError } = useDatabase();
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const usage = useLiveQuery(() => countGoalsPerSkill(db), [db]);
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

  if (!skills || !usage) return <p role="status">Loading skills…</p>;
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
      <ul className="skill-list">
        {skills.map((skill) => (
          <SkillRow
            key={skill.id}
            skill={skill}
            goalCount={usage.get(skill.id) ?? 0}
            onSave={(input) => run(() => updateSkill(db, skill.id, input))}
            onRemove={async () => {
              await run(() => removeSkill(db, skill.id));
              setAnnouncement(`Skill “${skill.name}” removed.`);
            }}
          />
        ))}
      </ul>
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
