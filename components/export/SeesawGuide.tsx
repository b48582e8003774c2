import { i18n } from '#i18n';
import { seesawGuideSteps } from '@/lib/export/seesaw/buildSeesawTexts';

/** The steps for posting the files in Seesaw; the same text goes into the ZIP. */
export function SeesawGuide() {
  return (
    <details className="seesaw-guide">
      <summary>{i18n.t('export.seesaw.guideSummary')}</summary>
      <ol>
        {seesawGuideSteps().map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="hint">{i18n.t('export.seesaw.guideHint')}</p>
    </details>
  );
}
