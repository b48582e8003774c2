import { i18n } from '#i18n';
import type { SkillRecord } from '@/lib/db/records';

export function SkillCheckboxes({
  skills,
  selected,
  onChange,
  legend,
}: {
  skills: SkillRecord[];
  selected: string[];
  onChange: (ids: string[]) => void;
  legend?: string;
}) {
  return (
    <fieldset className="field skills-picker">
      <legend>{legend ?? i18n.t('goals.skillsLegend')}</legend>
      {skills.map((skill) => (
        <label key={skill.id}>
          <input
            type="checkbox"
            checked={selected.includes(skill.id)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? [...selected, skill.id]
                  : selected.filter((id) => id !== skill.id),
              )
            }
          />
          {skill.name}
        </label>
      ))}
    </fieldset>
  );
}
