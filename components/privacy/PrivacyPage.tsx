import { i18n } from '#i18n';
import { DeleteAllDataSection } from './DeleteAllDataSection';
import '../onboarding/onboarding.css';

/**
 * What PLP Companion keeps, where, and what leaves the device, in plain words (aimed at a
 * grade-7 reader). Keep it true: any change to storage or exports must be reflected here.
 */
export function PrivacyPage() {
  return (
    <section aria-labelledby="privacy-heading" className="privacy-page">
      <h2 id="privacy-heading">{i18n.t('privacy.heading')}</h2>
      <p>{i18n.t('privacy.intro')}</p>

      <h3>{i18n.t('privacy.stored.heading')}</h3>
      <ul>
        <li>{i18n.t('privacy.stored.goals')}</li>
        <li>{i18n.t('privacy.stored.clips')}</li>
        <li>{i18n.t('privacy.stored.reflections')}</li>
        <li>{i18n.t('privacy.stored.settings')}</li>
      </ul>

      <h3>{i18n.t('privacy.where.heading')}</h3>
      <p>{i18n.t('privacy.where.body')}</p>

      <h3>{i18n.t('privacy.leaves.heading')}</h3>
      <p>{i18n.t('privacy.leaves.intro')}</p>
      <ul>
        <li>{i18n.t('privacy.leaves.zip')}</li>
        <li>{i18n.t('privacy.leaves.seesaw')}</li>
        <li>{i18n.t('privacy.leaves.drive')}</li>
      </ul>
      <p>{i18n.t('privacy.leaves.signIn')}</p>
      <p>{i18n.t('privacy.leaves.noTracking')}</p>

      <h3>{i18n.t('privacy.school.heading')}</h3>
      <p>
        {i18n.t('privacy.school.before')}
        <a href="#/storage">{i18n.t('privacy.school.storageLink')}</a>
        {i18n.t('privacy.school.after')}
      </p>

      <h3>{i18n.t('privacy.uninstall.heading')}</h3>
      <p>
        {i18n.t('privacy.uninstall.warning')}
        <strong>{i18n.t('privacy.uninstall.exportWork')}</strong>
        {i18n.t('privacy.uninstall.beforeRemove')}
        <a href="#/export">{i18n.t('privacy.uninstall.exportLink')}</a>
        {i18n.t('privacy.uninstall.end')}
      </p>

      <DeleteAllDataSection />

      <p className="hint">
        {i18n.t('privacy.tour.before')}
        <a href="#/welcome">{i18n.t('privacy.tour.link')}</a>
        {i18n.t('privacy.tour.after')}
      </p>
    </section>
  );
}
