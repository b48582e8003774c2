import type { EvidenceFact } from '@/lib/evidence/evidenceFacts';

/** "About this clip": where it came from, as a description list. */
export function EvidenceFactsList({ facts }: { facts: EvidenceFact[] }) {
  return (
    <dl className="evidence-facts" data-testid="evidence-facts">
      {facts.map((fact) => (
        <div key={fact.key} data-fact={fact.key}>
          <dt>{fact.label}</dt>
          <dd>
            <FactValue fact={fact} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FactValue({ fact }: { fact: EvidenceFact }) {
  switch (fact.kind) {
    case 'time':
      return <time dateTime={fact.dateTime}>{fact.value}</time>;
    case 'code':
      // URLs and hashes read left to right even on a right-to-left page, and wrap anywhere.
      return (
        <span className="evidence-fact-code" dir="ltr">
          {fact.value}
        </span>
      );
    case 'link':
      return (
        <a href={fact.href} target="_blank" rel="noopener noreferrer">
          {fact.value}
        </a>
      );
    case 'text':
      return fact.value;
  }
}
