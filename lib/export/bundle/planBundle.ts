import { i18n } from '#i18n';
import type { PlpDatabase } from '../../db/schema';
import type {
  EvidenceKind,
  EvidenceRecord,
  GoalRecord,
  MediaRecord,
  ReflectionRecord,
  SkillRecord,
} from '../../db/records';
import { PathAllocator, extensionFor, sanitizeSegment } from './bundlePaths';
import { describeScope, isoDay, type BundleScopeRequest } from './bundleScope';
import type {
  BundleEvidence,
  BundleMedia,
  BundleReflection,
  BundleScope,
  MediaRole,
} from './manifestSchema';

/** A media file to write: its manifest entry minus the hash, known only once read. */
export type PlannedMedia = Omit<BundleMedia, 'sha256'>;

export interface BundlePlan {
  scope: BundleScope;
  skills: SkillRecord[];
  goals: GoalRecord[];
  evidence: BundleEvidence[];
  reflections: BundleReflection[];
  media: PlannedMedia[];
  /** Media an item points at but the database lacks; the item is exported without it. */
  missingMediaIds: string[];
  /**
   * Recorded reflections in scope whose video is not finished (still recording, still
   * processing, or failed): left out whole, so the page can say so before and after.
   */
  unfinishedReflections: UnfinishedReflection[];
  /** Sum of the media sizes: what progress counts towards. */
  mediaBytes: number;
}

/** A reflection left out because its video is not made yet (or could not be made). */
export type UnfinishedReflection = Pick<ReflectionRecord, 'id' | 'title' | 'status'>;

/**
 * The folder for items without a goal, in the language on screen. Only a label: the importer
 * reads paths from manifest.json and Drive finds this folder by its key, never by this name.
 */
export function noGoalFolderName(): string {
  return i18n.t('exportFiles.noGoalFolder');
}

/** The kind of clip as its file name says it ("2026-03-01 Article - Volcanoes"). */
export function kindLabel(kind: EvidenceKind): string {
  switch (kind) {
    case 'visible':
      return i18n.t('exportFiles.fileLabel.visible');
    case 'fullpage':
      return i18n.t('exportFiles.fileLabel.fullpage');
    case 'region':
      return i18n.t('exportFiles.fileLabel.region');
    case 'selection':
      return i18n.t('exportFiles.fileLabel.selection');
    case 'image':
      return i18n.t('exportFiles.fileLabel.image');
    case 'link':
      return i18n.t('exportFiles.fileLabel.link');
    case 'article':
      return i18n.t('exportFiles.fileLabel.article');
    case 'snapshot':
      return i18n.t('exportFiles.fileLabel.snapshot');
  }
}

/**
 * Decides what a bundle holds, reading only rows (no media bytes). Items in
 * the trash are never exported. Recorded reflections still recording or
 * processing (or failed) have no finished video, so only "ready" ones go:
 * left out whole, text too, because a restored copy would claim a status and a
 * recording that the other device does not have. Their raw recording chunks
 * are never media rows, so they cannot slip in. They are listed in
 * `unfinishedReflections` for the page to name.
 * Every goal and skill an exported item or goal points at goes too, so the
 * bundle's links survive; "everything" takes every goal and skill.
 */
export async function planBundle(
  db: PlpDatabase,
  request: BundleScopeRequest,
): Promise<BundlePlan> {
  const { evidence, reflections } = await pickItems(db, request);
  const liveEvidence = evidence.filter((item) => item.deletedAt === null);
  const notTrashed = reflections.filter((item) => item.deletedAt === null);
  const liveReflections = notTrashed.filter((item) => item.status === 'ready');
  const unfinishedReflections = notTrashed
    .filter((item) => item.status !== 'ready')
    .map(({ id, title, status }) => ({ id, title, status }));

  const everything = request.kind === 'everything';
  const goalIds = new Set<string>(request.kind === 'goals' ? request.goalIds : []);
  for (const item of [...liveEvidence, ...liveReflections])
    item.goalIds.forEach((id) => goalIds.add(id));
  const goals = everything
    ? await db.goals.orderBy('order').toArray()
    : present(await db.goals.bulkGet([...goalIds])).sort((a, b) => a.order - b.order);

  const skillIds = new Set<string>();
  for (const item of [...goals, ...liveEvidence, ...liveReflections]) {
    item.skillIds.forEach((id) => skillIds.add(id));
  }
  const skills = everything
    ? await db.skills.orderBy('order').toArray()
    : present(await db.skills.bulkGet([...skillIds])).sort((a, b) => a.order - b.order);

  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  const { media, missingMediaIds } = await planMedia(db, liveEvidence, liveReflections, goalTitles);
  return {
    scope: describeScope(request, goalTitles),
    skills,
    goals,
    evidence: liveEvidence.map(withoutDerivedFields),
    reflections: liveReflections.map(withoutDerivedFields),
    media,
    missingMediaIds,
    unfinishedReflections,
    mediaBytes: media.reduce((sum, file) => sum + file.size, 0),
  };
}

async function pickItems(db: PlpDatabase, request: BundleScopeRequest) {
  switch (request.kind) {
    case 'everything':
      return {
        evidence: await db.evidence.orderBy('capturedAt').toArray(),
        reflections: await db.reflections.orderBy('createdAt').toArray(),
      };
    case 'goals':
      return {
        evidence: await db.evidence
          .where('goalIds')
          .anyOf([...request.goalIds])
          .distinct()
          .sortBy('capturedAt'),
        reflections: await db.reflections
          .where('goalIds')
          .anyOf([...request.goalIds])
          .distinct()
          .sortBy('createdAt'),
      };
    case 'dates': {
      const from = request.from ?? 0;
      const to = request.to ?? Number.MAX_SAFE_INTEGER;
      if (from > to) return { evidence: [], reflections: [] };
      return {
        evidence: await db.evidence.where('capturedAt').between(from, to, true, true).toArray(),
        reflections: await db.reflections
          .where('createdAt')
          .between(from, to, true, true)
          .toArray(),
      };
    }
    case 'items': {
      const ids = (table: string) =>
        request.keys.filter((key) => key.table === table).map((key) => key.id);
      return {
        evidence: present(await db.evidence.bulkGet(ids('evidence'))),
        reflections: present(await db.reflections.bulkGet(ids('reflections'))),
      };
    }
  }
}

interface MediaReference {
  id: string;
  role: MediaRole;
  ownerId: string;
  /** The file name without extension, e.g. "2026-03-01 Article - Volcanoes - thumbnail". */
  baseName: string;
  folder: string;
}

async function planMedia(
  db: PlpDatabase,
  evidence: EvidenceRecord[],
  reflections: ReflectionRecord[],
  goalTitles: ReadonlyMap<string, string>,
) {
  const references: MediaReference[] = [];
  const folderFor = (goalIds: string[]) => {
    const title = goalIds.map((id) => goalTitles.get(id)).find((t) => t !== undefined);
    return title === undefined ? noGoalFolderName() : sanitizeSegment(title);
  };
  const add = (
    owner: { id: string; goalIds: string[]; title: string },
    date: number,
    label: string,
    refs: [string | null, MediaRole, string][],
  ) => {
    const base = sanitizeSegment(
      `${isoDay(date)} ${label} - ${owner.title || i18n.t('exportFiles.untitled')}`,
    );
    for (const [id, role, suffix] of refs) {
      if (id === null) continue;
      references.push({
        id,
        role,
        ownerId: owner.id,
        baseName: `${base}${suffix}`,
        folder: folderFor(owner.goalIds),
      });
    }
  };
  for (const item of evidence) {
    add(item, item.capturedAt, kindLabel(item.kind), [
      [item.mediaId, 'main', ''],
      ...item.partMediaIds.map((id, index): [string, MediaRole, string] => [
        id,
        'part',
        i18n.t('exportFiles.fileLabel.partSuffix', { number: index + 2 }),
      ]),
      [item.thumbnailMediaId, 'thumbnail', i18n.t('exportFiles.fileLabel.thumbnailSuffix')],
    ]);
  }
  for (const item of reflections) {
    const label = i18n.t(
      item.kind === 'recorded'
        ? 'exportFiles.fileLabel.videoReflection'
        : 'exportFiles.fileLabel.reflection',
    );
    add(item, item.createdAt, label, [
      [item.mediaId, 'video', ''],
      [item.posterMediaId, 'poster', i18n.t('exportFiles.fileLabel.posterSuffix')],
    ]);
  }

  const rows = await db.media.bulkGet(references.map((ref) => ref.id));
  const paths = new PathAllocator();
  const media: PlannedMedia[] = [];
  const missingMediaIds: string[] = [];
  const seen = new Set<string>();
  references.forEach((ref, index) => {
    const row: MediaRecord | undefined = rows[index];
    if (!row) return void missingMediaIds.push(ref.id);
    // A media row shared by two pointers is still one file.
    if (seen.has(ref.id)) return;
    seen.add(ref.id);
    media.push({
      id: row.id,
      ownerId: ref.ownerId,
      role: ref.role,
      mimeType: row.mimeType,
      size: row.blob.size,
      createdAt: row.createdAt,
      path: paths.allocate(ref.folder, ref.baseName, extensionFor(row.mimeType)),
    });
  });
  return { media, missingMediaIds };
}

function withoutDerivedFields<
  T extends { searchWords: unknown; sortTitle: unknown; deletedAt: unknown },
>(record: T): Omit<T, 'searchWords' | 'sortTitle' | 'deletedAt'> {
  const { searchWords: _words, sortTitle: _sort, deletedAt: _deleted, ...rest } = record;
  return rest;
}

function present<T>(rows: (T | undefined)[]): T[] {
  return rows.filter((row): row is T => row !== undefined);
}
