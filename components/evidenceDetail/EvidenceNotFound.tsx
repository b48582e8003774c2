import { useFocusOnMount } from './useFocusOnMount';

/** A link to a clip that was deleted for good (or a hand-edited address). */
export function EvidenceNotFound() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="evidence-detail-gone" aria-labelledby="evidence-missing-heading">
      <h2 id="evidence-missing-heading" ref={heading} tabIndex={-1}>
        This clip isn’t here any more
      </h2>
      <p>It may have been deleted from the trash, or the link to it is incomplete.</p>
      <p>
        <a href="#/evidence">Back to my evidence</a>
      </p>
    </section>
  );
}
