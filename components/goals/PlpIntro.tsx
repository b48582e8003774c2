import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { introDismissed } from '@/lib/settings/uiSettings';

/** What a PLP is, in one sentence: shared by this card and the welcome tour. */
export function PlpSummary() {
  return (
    <p>
      {i18n.t('goals.intro.your')} <strong>{i18n.t('goals.intro.plan')}</strong>{' '}
      {i18n.t('goals.intro.isYours')}
    </p>
  );
}

/** A short reminder of what a PLP is for, until the student closes it. */
export function PlpIntro() {
  const [hidden, setHidden] = useState(true);
  useEffect(() => {
    void introDismissed.getValue().then(setHidden);
    return introDismissed.watch((value) => setHidden(value));
  }, []);
  if (hidden) return null;
  return (
    <aside className="intro" aria-label={i18n.t('goals.intro.label')}>
      <PlpSummary />
      <button type="button" onClick={() => void introDismissed.setValue(true)}>
        {i18n.t('goals.intro.gotIt')}
      </button>
    </aside>
  );
}
