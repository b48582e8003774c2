/**
 * Which Drive files an export makes: one per exported item, in its first goal's folder. Uses the
 * ZIP bundle's planner, so both destinations agree on the scope (trash and unfinished videos are
 * left out the same way) and on file names.
 */
import { i18n } from '#i18n';
import type { DriveJobFile } from '../../db/records';
import type { PlpDatabase } from '../../db/schema';
import { noGoalFolderName, planBundle } from '../bundle/planBundle';
import type { BundleScopeRequest } from '../bundle/bundleScope';
import { isoDay } from '../bundle/bundleScope';
import { sanitizeSegment } from '../bundle/bundlePaths';

/** ensureFolder key of the folder for items without a goal. */
export const NO_GOAL_FOLDER_KEY = 'other';

export function goalFolderKey(goalId: string): string {
  return `goal:${goalId}`;
}

/** The appProperties item id: record ids are only unique within their table. */
export function driveItemId(table: DriveJobFile['table'], recordId: string): string {
  return `${table}:${recordId}`;
}

/** A generated page's name (items with no media of their own): the bundle's naming, as .html. */
export function generatedFileName(date: number, label: string, title: string): string {
  return `${sanitizeSegment(`${isoDay(date)} ${label} - ${title || i18n.t('exportFiles.untitled')}`)}.html`;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Reads rows only (never media bytes): sizes come from the media rows, hashes at upload time. */
export async function planDriveExport(
  db: PlpDatabase,
  scope: BundleScopeRequest,
): Promise<DriveJobFile[]> {
  const plan = await planBundle(db, scope);
  const goalTitles = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
  // The item's main file: a clip's "main" media, a recorded reflection's video.
  const mainMedia = new Map(
    plan.media
      .filter((media) => media.role === 'main' || media.role === 'video')
      .map((media) => [media.ownerId, media]),
  );
  const folderOf = (goalIds: string[]) => {
    const goalId = goalIds.find((id) => goalTitles.has(id));
    return goalId === undefined
      ? { folderKey: NO_GOAL_FOLDER_KEY, folderName: noGoalFolderName() }
      : { folderKey: goalFolderKey(goalId), folderName: goalTitles.get(goalId)!.trim() };
  };
  const entry = (
    table: DriveJobFile['table'],
    item: { id: string; goalIds: string[]; title: string },
    date: number,
    label: string,
  ): DriveJobFile => {
    const media = mainMedia.get(item.id);
    return {
      itemId: driveItemId(table, item.id),
      table,
      recordId: item.id,
      mediaId: media?.id ?? null,
      name: media ? lastSegment(media.path) : generatedFileName(date, label, item.title),
      ...folderOf(item.goalIds),
      // A generated page is a few KB; its exact size is known once it is built for upload.
      size: media?.size ?? 0,
      status: 'pending',
      uploadedBytes: 0,
      hash: null,
      driveFileId: null,
      error: null,
    };
  };
  return [
    ...plan.evidence.map((item) =>
      entry(
        'evidence',
        item,
        item.capturedAt,
        i18n.t(item.kind === 'link' ? 'exportFiles.fileLabel.link' : 'exportFiles.fileLabel.clip'),
      ),
    ),
    ...plan.reflections.map((item) =>
      entry('reflections', item, item.createdAt, i18n.t('exportFiles.fileLabel.reflection')),
    ),
  ];
}
