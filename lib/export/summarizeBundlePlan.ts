import { i18n } from '#i18n';
import { formatBytes } from '../storage/formatBytes';
import type { BundlePlan } from './bundle/planBundle';

export interface BundlePlanSummary {
  /** Evidence plus reflections: what a student calls items. */
  itemCount: number;
  /** Media plus a rough size for the manifest text. */
  approximateBytes: number;
  text: string;
}

/** "3 evidence items, 1 reflection and 2 goals, about 1.2 MB", for the summary line. */
export function summarizeBundlePlan(plan: BundlePlan, locale?: string): BundlePlanSummary {
  const itemCount = plan.evidence.length + plan.reflections.length;
  // The manifest is JSON of these records; its length is close enough for "about".
  const manifestBytes = JSON.stringify([
    plan.goals,
    plan.skills,
    plan.evidence,
    plan.reflections,
  ]).length;
  const approximateBytes = plan.mediaBytes + manifestBytes;
  const list = i18n.t('export.summary.list', {
    first: i18n.t('export.summary.evidenceItems', plan.evidence.length),
    second: i18n.t('export.summary.reflections', plan.reflections.length),
    third: i18n.t('export.summary.goals', plan.goals.length),
  });
  const text =
    itemCount === 0 && plan.goals.length === 0
      ? i18n.t('export.summary.nothingMatches')
      : i18n.t('export.summary.withSize', { list, size: formatBytes(approximateBytes, locale) });
  return { itemCount, approximateBytes, text };
}
