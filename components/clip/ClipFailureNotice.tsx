import { i18n } from '#i18n';
import type { ClipFailure } from '@/lib/clip/clipErrors';
import { clipFailureText, linkOnlyOffer } from '@/lib/clip/clipText';
import { blockedClipMessage } from '@/lib/settings/isClipBlocked';

/** Why a clip didn't happen, and the link-only way out where it makes sense. Never silent. */
export function ClipFailureNotice(props: {
  reason: ClipFailure;
  /** blocked-by-school: the school's domain, so the message can name it. */
  site?: string;
  linkOnly: boolean;
  onSaveLink: () => void;
  busy?: boolean;
}) {
  return (
    <div className="clip-failure" role="alert" data-testid="clip-failure">
      <p>
        {props.reason === 'blocked-by-school'
          ? blockedClipMessage(props.site)
          : clipFailureText(props.reason)}
      </p>
      {props.linkOnly && (
        <>
          <p>{linkOnlyOffer()}</p>
          <button
            type="button"
            className="primary"
            onClick={props.onSaveLink}
            disabled={props.busy}
          >
            {i18n.t('clip.linkOnly.save')}
          </button>
        </>
      )}
    </div>
  );
}
