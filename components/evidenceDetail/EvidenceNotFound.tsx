import { i18n } from '#i18n';
import { useFocusOnMount } from './useFocusOnMount';

/** A link to a clip that was deleted for good (or a hand-edited address). */
export function EvidenceNotFound() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="evidence-detail-gone" aria-labelledby="evidence-missing-heading">
      <h2 id="evidence-missing-heading" ref={heading} tabIndex={-1}>
        {i18n.t('evidenceDetail.notFound.heading')}
      </h2>
      <p>{i18n.t('evidenceDetail.notFound.explanation')}</p>
      <p>
        <a href="#/evidence">{i18n.t('evidenceDetail.backToEvidence')}</a>
      </p>
    </section>
  );
}
