import { useEffect, useState } from 'react';
import { introDismissed } from '@/lib/settings/uiSettings';

/** What a PLP is, in one sentence: shared by this card and the welcome tour. */
export function PlpSummary() {
  return (
    <p>
      Your <strong>Personalized Learning Plan</strong> is yours: goals you set with your teachers,
      mentors and family, the evidence that shows your learning, and your reflections on it.
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
    <aside className="intro" aria-label="About your PLP">
      <PlpSummary />
      <button type="button" onClick={() => void introDismissed.setValue(true)}>
        Got it
      </button>
    </aside>
  );
}
