import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
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
      setAnnouncement(i18n.t('skills.added', { name: name.trim() }));
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
        setAnnouncement(i18n.t('skills.removed', { name: skill.name }));
      }}
    />
  );

  if (!skills || !usage || !policy) return <p role="status">{i18n.t('skills.loading')}</p>;
  const schoolSet = policy.skillsFramework !== undefined;
  if (schoolSet) {
    // Rows are built outside the JSX: their action modes are codes, not words.
    const schoolRows = skills.filter((s) => s.source === 'school').map((s) => row(s, 'none'));
    const earlierRows = skillsOutsideFramework(skills).map((s) => row(s, 'remove-only'));
    return (
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">{i18n.t('skills.heading')}</h2>
        <p data-testid="skills-school-notice">
          <span className="set-by-school">{i18n.t('skills.setBySchool')}</span>
          {i18n.t('skills.schoolNotice')}
        </p>
        <p className="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        <ul className="skill-list">{schoolRows}</ul>
        {earlierRows.length > 0 && (
          <>
            <h3>{i18n.t('skills.earlierHeading')}</h3>
            <p className="hint">{i18n.t('skills.earlierHint')}</p>
            <ul className="skill-list">{earlierRows}</ul>
          </>
        )}
      </section>
    );
  }
  const editableRows = skills.map((s) => row(s, 'edit'));
  return (
    <section aria-labelledby="skills-heading">
      <h2 id="skills-heading">{i18n.t('skills.heading')}</h2>
      <p>{i18n.t('skills.intro')}</p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <ul className="skill-list">{editableRows}</ul>
      <form onSubmit={add} className="add-skill" noValidate>
        <label htmlFor="new-skill">{i18n.t('skills.newSkill')}</label>
        <input
          id="new-skill"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? 'new-skill-error' : undefined}
        />
        <button type="submit">{i18n.t('skills.addSkill')}</button>
        {issue && (
          <p id="new-skill-error" className="field-error">
            {skillIssueMessage(issue)}
          </p>
        )}
      </form>
    </section>
  );
}
