import { i18n } from '#i18n';
import type { PlpDatabase } from '../../db/schema';
import type { EvidenceKind } from '../../db/records';
import { PathAllocator, extensionFor, sanitizeSegment } from '../bundle/bundlePaths';
import { isoDay, type BundleScopeRequest } from '../bundle/bundleScope';
import { kindLabel, planBundle, type PlannedMedia } from '../bundle/planBundle';
import type { BundleEvidence, BundleReflection } from '../bundle/manifestSchema';
import { buildSeesawCaption } from './buildSeesawCaption';
import { checkFileSize, checkVideoLength, type SeesawLimits } from './seesawLimits';
import {
  CAPTIONS_FILE_NAME,
  guideFileName,
  type SeesawFile,
  type SeesawPlan,
  type SeesawSource,
} from './SeesawFile';

/** Types Seesaw's upload takes as they are; other images are converted to JPEG. */
const SEESAW_IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);
const SCREENSHOT_KINDS = new Set<EvidenceKind>(['visible', 'fullpage', 'region', 'image']);
/** A fixed top folder for the allocator, removed again: Seesaw files sit at the ZIP's root. */
const ROOT = 'seesaw';

/**
 * Decides one Seesaw-ready file per exported item, reading rows only (no
 * bytes): the same items a bundle of this scope would hold (no trash, only
 * finished videos), each with its caption and any limit it breaks.
 */
export async function planSeesawExport(
  db: PlpDatabase,
  request: BundleScopeRequest,
  limits: SeesawLimits,
): Promise<SeesawPlan> {
  const bundle = await planBundle(db, request);
  const goalTitles = new Map(bundle.goals.map((goal) => [goal.id, goal.title]));
  const skillNames = new Map(bundle.skills.map((skill) => [skill.id, skill.name]));
  const media = new Map(bundle.media.map((row) => [row.id, row]));
  const paths = new PathAllocator();
  for (const name of [CAPTIONS_FILE_NAME, guideFileName()]) paths.reserve(`${ROOT}/${name}`);

  const entries: { date: number; build: () => SeesawFile | null }[] = [];
  const unavailable: SeesawPlan['unavailable'] = [];
  const captionFor = (
    item: { title: string; goalIds: string[]; skillIds: string[]; note: string },
    date: number,
    sourceUrl: string | null,
  ) =>
    buildSeesawCaption({
      title: item.title,
      goalTitles: item.goalIds.flatMap((id) => goalTitles.get(id) ?? []),
      skillNames: item.skillIds.flatMap((id) => skillNames.get(id) ?? []),
      note: item.note,
      sourceUrl,
      date,
    });
  const finish = (
    base: Omit<SeesawFile, 'fileName' | 'overLimit'>,
    label: string,
    date: number,
    extension: string,
  ): SeesawFile => {
    const name = sanitizeSegment(
      `${isoDay(date)} ${label} - ${base.title || i18n.t('exportFiles.untitled')}`,
    );
    const fileName = paths.allocate(ROOT, name, extension).slice(ROOT.length + 1);
    const overLimit = base.sizeBytes === null ? null : checkFileSize(base.sizeBytes, limits);
    return overLimit ? { ...base, fileName, overLimit } : { ...base, fileName };
  };

  for (const item of bundle.evidence) {
    const caption = captionFor(item, item.capturedAt, item.url || null);
    const common = {
      itemId: item.id,
      itemTable: 'evidence' as const,
      kind: item.kind,
      title: item.title,
      caption,
    };
    const { source, mimeType, sizeBytes } = chooseEvidenceSource(item, media);
    const extension = EXTENSIONS[mimeType] ?? 'bin';
    entries.push({
      date: item.capturedAt,
      build: () =>
        finish(
          { ...common, source, mimeType, sizeBytes },
          kindLabel(item.kind),
          item.capturedAt,
          extension,
        ),
    });
  }
  for (const item of bundle.reflections) {
    const caption = captionFor(item, item.createdAt, null);
    if (item.kind === 'written') {
      const source = reflectionPdf(item);
      entries.push({
        date: item.createdAt,
        build: () =>
          finish(
            {
              itemId: item.id,
              itemTable: 'reflections',
              kind: 'written-reflection',
              title: item.title,
              caption,
              source,
              mimeType: 'application/pdf',
              sizeBytes: null,
            },
            i18n.t('exportFiles.fileLabel.reflection'),
            item.createdAt,
            'pdf',
          ),
      });
      continue;
    }
    const video = item.mediaId === null ? undefined : media.get(item.mediaId);
    if (!video) {
      unavailable.push({
        itemId: item.id,
        title: item.title,
        detail: i18n.t('exportFiles.seesaw.videoMissing'),
      });
      continue;
    }
    const isMp4 = bare(video.mimeType) === 'video/mp4';
    entries.push({
      date: item.createdAt,
      build: () => {
        const file = finish(
          {
            itemId: item.id,
            itemTable: 'reflections',
            kind: 'video-reflection',
            title: item.title,
            caption,
            source: { type: 'media', mediaId: video.id },
            mimeType: isMp4 ? 'video/mp4' : bare(video.mimeType),
            sizeBytes: video.size,
          },
          i18n.t('exportFiles.fileLabel.videoReflection'),
          item.createdAt,
          isMp4 ? 'mp4' : extensionFor(video.mimeType),
        );
        return withVideoChecks(file, item, isMp4, limits);
      },
    });
  }
  // Oldest first, as a journal reads; names are allocated in that order so "(2)" goes to the later one.
  entries.sort((a, b) => a.date - b.date);
  const files = entries.map((entry) => entry.build()).filter((f): f is SeesawFile => f !== null);
  return { files, unavailable, unfinishedReflections: bundle.unfinishedReflections };
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
  'application/internet-shortcut': 'url',
  'video/mp4': 'mp4',
};

function chooseEvidenceSource(
  item: BundleEvidence,
  media: ReadonlyMap<string, PlannedMedia>,
): { source: SeesawSource; mimeType: string; sizeBytes: number | null } {
  if (item.kind === 'link') {
    return {
      source: { type: 'url-shortcut', url: item.url },
      mimeType: 'application/internet-shortcut',
      sizeBytes: null,
    };
  }
  const images = (ids: (string | null)[]) =>
    ids.map((id) => (id === null ? undefined : media.get(id))).filter((m) => m !== undefined);
  let pictures: PlannedMedia[] = [];
  if (SCREENSHOT_KINDS.has(item.kind)) pictures = images([item.mediaId, ...item.partMediaIds]);
  else if (item.kind === 'snapshot') pictures = images([item.thumbnailMediaId]);
  pictures = pictures.filter((m) => m.mimeType.startsWith('image/'));
  // A lower part without its top would show half a page: all parts or none.
  const complete = item.kind !== 'fullpage' || pictures.length === 1 + item.partMediaIds.length;
  if (pictures.length > 0 && complete) {
    const [only] = pictures;
    const sizeBytes = pictures.reduce((sum, m) => sum + m.size, 0);
    if (
      pictures.length === 1 &&
      only &&
      SEESAW_IMAGE_TYPES.has(bare(only.mimeType)) &&
      !tooLargeToShow(item)
    ) {
      return {
        source: { type: 'media', mediaId: only.id },
        mimeType: bare(only.mimeType),
        sizeBytes,
      };
    }
    return {
      source: { type: 'image', mediaIds: pictures.map((m) => m.id) },
      mimeType: 'image/jpeg',
      sizeBytes,
    };
  }
  return { source: clipPdf(item), mimeType: 'application/pdf', sizeBytes: null };
}

/** Known pixel sizes past the cap in makeSeesawImage get scaled there even when the type is fine. */
function tooLargeToShow(item: BundleEvidence): boolean {
  if (item.width === null || item.height === null) return false;
  return Math.max(item.width, item.height) > 16_384 || item.width * item.height > 16_777_216;
}

function clipPdf(item: BundleEvidence): SeesawSource {
  const text = item.text.trim() || item.excerpt?.trim() || item.description?.trim() || '';
  const header = [item.url, item.siteName ?? '', item.byline ?? '', isoDay(item.capturedAt)].filter(
    Boolean,
  );
  return {
    type: 'pdf',
    title: item.title || item.pageTitle,
    header,
    body: text,
    dir: item.dir,
    lang: item.lang,
  };
}

function reflectionPdf(item: BundleReflection): SeesawSource {
  const prompts =
    item.prompts.length > 0
      ? `\n\n${i18n.t('exportFiles.seesaw.prompts')}\n${item.prompts.map((p) => `- ${p}`).join('\n')}`
      : '';
  return {
    type: 'pdf',
    title: item.title,
    header: [isoDay(item.createdAt)],
    body: `${item.note}${prompts}`.trim(),
    dir: null,
    lang: null,
  };
}

/**
 * Finished videos are MP4 with H.264 and AAC (lib/compress remuxes or
 * re-encodes every recording so); a video restored from an older bundle may
 * not be, and Seesaw may not play it. A wrong format outranks the length.
 */
function withVideoChecks(
  file: SeesawFile,
  item: BundleReflection,
  isMp4: boolean,
  limits: SeesawLimits,
): SeesawFile {
  if (!isMp4) {
    return {
      ...file,
      overLimit: {
        reason: 'not-seesaw-format',
        detail: i18n.t('exportFiles.seesaw.notMp4'),
      },
    };
  }
  const tooLong = checkVideoLength(item.durationMs, limits);
  return tooLong ? { ...file, overLimit: tooLong } : file;
}

function bare(mimeType: string): string {
  return mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
}
