import { SEESAW_GUIDE_STEPS } from '@/lib/export/seesaw/buildSeesawTexts';

/** The steps for posting the files in Seesaw; the same text goes into the ZIP. */
export function SeesawGuide() {
  return (
    <details className="seesaw-guide">
      <summary>How to post these files in Seesaw</summary>
      <ol>
        {SEESAW_GUIDE_STEPS.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="hint">
        Seesaw has no way for other apps to post for you, so PLP Companion gets the files and
        captions ready and you post them yourself.
      </p>
    </details>
  );
}
