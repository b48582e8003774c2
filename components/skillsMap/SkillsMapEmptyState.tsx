/** What the map needs before it can show anything: goals, then evidence tagged with them. */
export function SkillsMapEmptyState({ reason }: { reason: 'no-goals' | 'no-evidence' }) {
  return (
    <div className="empty-state" data-testid="skills-map-empty-state">
      {reason === 'no-goals' ? (
        <>
          <h3>No goals yet</h3>
          <p>
            The skills map shows your evidence for each skill in each of your goals. Start by
            writing a goal in <a href="#/goals">My goals</a>.
          </p>
        </>
      ) : (
        <>
          <h3>No evidence yet</h3>
          <p>
            Clip something that shows your learning (use the PLP Companion button in the toolbar, or
            right-click a page and choose “… to my PLP”), then tick the goals and skills it shows.
            Its counts will appear here.
          </p>
        </>
      )}
    </div>
  );
}
