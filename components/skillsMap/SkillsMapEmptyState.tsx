import { i18n } from '#i18n';

/** What the map needs before it can show anything: goals, then evidence tagged with them. */
export function SkillsMapEmptyState({ reason }: { reason: 'no-goals' | 'no-evidence' }) {
  return (
    <div className="empty-state" data-testid="skills-map-empty-state">
      {reason === 'no-goals' ? (
        <>
          <h3>{i18n.t('skillsMap.empty.noGoalsHeading')}</h3>
          <p>
            {i18n.t('skillsMap.empty.noGoalsBefore')}
            <a href="#/goals">{i18n.t('skillsMap.empty.myGoals')}</a>
            {i18n.t('skillsMap.empty.end')}
          </p>
        </>
      ) : (
        <>
          <h3>{i18n.t('skillsMap.empty.noEvidenceHeading')}</h3>
          <p>{i18n.t('skillsMap.empty.noEvidence')}</p>
        </>
      )}
    </div>
  );
}
