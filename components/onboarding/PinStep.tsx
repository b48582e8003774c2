import { i18n } from '#i18n';

/** How to pin the toolbar button, in words: the browsers' menus differ and change, images would age. */
export function PinStep() {
  const extensions = <strong>{i18n.t('onboarding.pin.extensions')}</strong>;
  const extName = <strong>{i18n.t('extName')}</strong>;
  return (
    <>
      <p>{i18n.t('onboarding.pin.intro')}</p>
      <h4>{i18n.t('onboarding.pin.chromeHeading')}</h4>
      <ol>
        <li>
          {i18n.t('onboarding.pin.clickThe')}
          {extensions}
          {i18n.t('onboarding.pin.chromeButton')}
        </li>
        <li>
          {i18n.t('onboarding.pin.find')}
          {extName}
          {i18n.t('onboarding.pin.inTheList')}
          <strong>{i18n.t('onboarding.pin.pin')}</strong>
          {i18n.t('onboarding.pin.nextToIt')}
        </li>
      </ol>
      <h4>{i18n.t('onboarding.pin.firefoxHeading')}</h4>
      <ol>
        <li>
          {i18n.t('onboarding.pin.clickThe')}
          {extensions}
          {i18n.t('onboarding.pin.firefoxButton')}
        </li>
        <li>
          {i18n.t('onboarding.pin.gearOrDots')}
          {extName}
          {i18n.t('onboarding.pin.thenChoose')}
          <strong>{i18n.t('onboarding.pin.pinToToolbar')}</strong>
          {i18n.t('onboarding.pin.end')}
        </li>
      </ol>
    </>
  );
}
