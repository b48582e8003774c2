import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceRecord, GoalRecord, SkillRecord } from '@/lib/db/records';
import { clipKindLabel } from '@/lib/clip/clipText';
import { evidenceFacts } from '@/lib/evidence/evidenceFacts';
import { evidenceStoredBytes } from '@/lib/evidence/evidenceStoredBytes';
import { hostOf } from '@/lib/urls/webUrl';
import { useDatabase } from '../app/DatabaseProvider';
import { EvidenceActions } from './EvidenceActions';
import { EvidenceClipContent } from './EvidenceClipContent';
import { EvidenceDetailsForm } from './EvidenceDetailsForm';
import { EvidenceFactsList } from './EvidenceFactsList';
import { useFocusOnMount } from './useFocusOnMount';

const SCREENSHOT_KINDS = new Set<EvidenceRecord['kind']>([
  'visible',
  'fullpage',
  'region',
  'image',
]);

function clipHeading(record: EvidenceRecord): string {
  if (record.kind === 'link') return i18n.t('evidenceDetail.view.headingLink');
  if (SCREENSHOT_KINDS.has(record.kind))
    return record.kind === 'image'
      ? i18n.t('evidenceDetail.view.headingImage')
      : i18n.t('evidenceDetail.view.headingScreenshot');
  return i18n.t('evidenceDetail.view.headingSavedCopy');
}

/** One live clip: the clip itself, the student's notes and tags, and where it came from. */
export function EvidenceDetailView({
  record,
  goals,
  skills,
  trashing,
  trashFailed,
  onMoveToTrash,
}: {
  record: EvidenceRecord;
  goals: GoalRecord[];
  skills: SkillRecord[];
  trashing: boolean;
  trashFailed: boolean;
  onMoveToTrash: () => void;
}) {
  const { db } = useDatabase();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const storedBytes = useLiveQuery(() => evidenceStoredBytes(db, record.id), [db, record.id], null);
  const title = record.title || record.pageTitle || record.url;
  const captured = new Date(record.capturedAt);
  const headingId = `evidence-detail-${record.id}`;
  return (
    <article className="evidence-detail" aria-labelledby={headingId}>
      <p className="evidence-detail-back">
        <a href="#/evidence">{i18n.t('evidenceDetail.view.back')}</a>
      </p>
      <header className="evidence-detail-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <p className="hint">
          {clipKindLabel(record.kind)} · {record.siteName ?? hostOf(record.url) ?? record.url}
          {Number.isFinite(captured.getTime()) && (
            <>
              {' '}
              {i18n.t('evidenceDetail.view.clipped')}{' '}
              <time dateTime={captured.toISOString()}>{captured.toLocaleDateString()}</time>
            </>
          )}
        </p>
        <EvidenceActions record={record} busy={trashing} onMoveToTrash={onMoveToTrash} />
        {trashFailed && (
          <p role="alert" className="field-error">
            {i18n.t('evidenceDetail.view.trashFailed')}
          </p>
        )}
      </header>
      <section className="evidence-detail-clip" aria-labelledby={`${headingId}-clip`}>
        <h3 id={`${headingId}-clip`}>{clipHeading(record)}</h3>
        <EvidenceClipContent record={record} />
      </section>
      <div className="evidence-detail-columns">
        <EvidenceDetailsForm key={record.id} record={record} goals={goals} skills={skills} />
        <section aria-labelledby={`${headingId}-about`}>
          <h3 id={`${headingId}-about`}>{i18n.t('evidenceDetail.view.aboutHeading')}</h3>
          <EvidenceFactsList facts={evidenceFacts(record, { storedBytes })} />
        </section>
      </div>
    </article>
  );
}
