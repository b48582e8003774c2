import { storedFailureInUiLanguage } from '@/lib/i18n/storedFailureInUiLanguage';
import { i18n } from '#i18n';
import type { ReflectionRecord } from '@/lib/db/records';
import { formatClock } from '../recorder/formatClock';
import { ReflectionPoster } from './ReflectionPoster';
import { ReflectionStatusBadge } from './ReflectionStatusBadge';
import { useReflectionCommands } from './useReflectionCommands';

/** One reflection in the library: poster, title, when, how long, goals, state and what to do. */
export function ReflectionListItem({
  reflection,
  goalTitles,
}: {
  reflection: ReflectionRecord;
  goalTitles: string[];
}) {
  const headingId = `reflection-${reflection.id}`;
  const created = new Date(reflection.createdAt);
  const commands = useReflectionCommands(reflection.id);
  const href = `#/reflection/${encodeURIComponent(reflection.id)}`;
  return (
    <li
      className="evidence-item reflection-item"
      aria-labelledby={headingId}
      data-testid="reflection-item"
      data-reflection-id={reflection.id}
    >
      <ReflectionPoster mediaId={reflection.posterMediaId} />
      <div className="evidence-body">
        <h3 id={headingId}>
          <a href={href}>{reflection.title || i18n.t('reflections.item.untitled')}</a>
        </h3>
        <p className="hint">
          <time dateTime={created.toISOString()}>{created.toLocaleDateString()}</time>
          {reflection.durationMs !== null && (
            <>
              {' · '}
              <span className="sr-only">{`${i18n.t('reflections.item.length')} `}</span>
              {formatClock(reflection.durationMs)}
            </>
          )}
        </p>
        <ReflectionStatusBadge reflection={reflection} />
        {reflection.status === 'failed' && reflection.failure && (
          <p className="reflection-failure">{storedFailureInUiLanguage(reflection.failure)}</p>
        )}
        {goalTitles.length > 0 && (
          <ul className="skill-chips" aria-label={i18n.t('reflections.item.goals')}>
            {goalTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        )}
        <div className="goal-actions">
          {reflection.status === 'failed' && (
            <button
              type="button"
              disabled={commands.busy}
              aria-describedby={headingId}
              onClick={() => void commands.retry()}
              data-testid="reflection-retry"
            >
              {i18n.t('reflections.panel.retry')}
            </button>
          )}
          {reflection.status === 'processing' && (
            <button
              type="button"
              disabled={commands.busy}
              aria-describedby={headingId}
              onClick={() => void commands.cancel()}
              data-testid="reflection-cancel"
            >
              {i18n.t('reflections.panel.cancel')}
            </button>
          )}
        </div>
        {commands.error && (
          <p className="field-error" role="alert">
            {commands.error}
          </p>
        )}
      </div>
    </li>
  );
}
