import { i18n } from '#i18n';
import type { SkillsSlide } from '@/lib/conference/buildConferenceSlides';

/** How often each skill came up in what was shown; skills with none are a next step, not a gap. */
export function SkillsSlideBody({ slide }: { slide: SkillsSlide }) {
  const most = Math.max(1, ...slide.skills.map((skill) => skill.count));
  return (
    <div className="conference-skills">
      <p className="conference-lead">{i18n.t('conference.skillsLead', slide.itemCount)}</p>
      <ul className="conference-skill-list">
        {slide.skills.map((skill) => (
          <li key={skill.skillId} className={skill.count === 0 ? 'none' : undefined}>
            <span className="conference-skill-name">{skill.name}</span>
            <span className="conference-skill-bar" aria-hidden="true">
              <span style={{ inlineSize: `${(skill.count / most) * 100}%` }} />
            </span>
            <span className="conference-skill-count">
              {skill.count === 0
                ? i18n.t('conference.skillsSlide.notYet')
                : i18n.t('conference.skillCount', skill.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
