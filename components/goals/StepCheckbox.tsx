import { useState } from 'react';
import type { GoalStep } from '@/lib/db/records';

/**
 * A step's checkbox that shows the student's click at once. The stored value
 * arrives a moment later through the live query; until it matches, the
 * pending value is shown, so the box never flickers back. A failed write
 * (the storage banner explains it) drops the pending value.
 */
export function StepCheckbox(props: {
  step: GoalStep;
  disabled: boolean;
  onToggle: (done: boolean) => Promise<void>;
}) {
  const { step, disabled, onToggle } = props;
  const [pending, setPending] = useState<boolean | null>(null);
  // Derived state: once the stored value catches up, stop overriding it.
  if (pending !== null && pending === step.done) setPending(null);
  const checked = pending ?? step.done;

  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => {
          const done = e.target.checked;
          setPending(done);
          onToggle(done).catch(() => setPending(null));
        }}
      />
      <span className={checked ? 'step-done' : undefined}>{step.text}</span>
    </label>
  );
}
