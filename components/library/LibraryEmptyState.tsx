/** The library before the first clip: what evidence is and the three ways to save it. */
export function LibraryEmptyState() {
  return (
    <div className="empty-state" data-testid="evidence-empty-state">
      <h3>Clip your first piece of evidence</h3>
      <p>
        Evidence is anything on the web that shows your learning: your own work, an article that
        changed your mind, a project page. To save it:
      </p>
      <ul>
        <li>click the PLP Companion button in the toolbar and choose what to clip;</li>
        <li>right-click a page, a selection, an image or a link and choose “… to my PLP”;</li>
        <li>or press Alt+Shift+S to save what you see to your last-used goals.</li>
      </ul>
      <p>
        Your reflections appear here too. <a href="#/record">Record a reflection</a>
      </p>
    </div>
  );
}
