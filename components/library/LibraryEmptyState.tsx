import { i18n } from '#i18n';

/** The library before the first clip: what evidence is and the three ways to save it. */
export function LibraryEmptyState() {
  return (
    <div className="empty-state" data-testid="evidence-empty-state">
      <h3>{i18n.t('library.empty.heading')}</h3>
      <p>{i18n.t('library.empty.intro')}</p>
      <ul>
        <li>{i18n.t('library.empty.toolbar')}</li>
        <li>{i18n.t('library.empty.rightClick')}</li>
        <li>{i18n.t('library.empty.shortcut')}</li>
      </ul>
      <p>
        {i18n.t('library.empty.reflections')}{' '}
        <a href="#/record">{i18n.t('library.empty.recordLink')}</a>
      </p>
    </div>
  );
}
