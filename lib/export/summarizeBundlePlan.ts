import { formatBytes } from '../storage/formatBytes';
import type { BundlePlan } from './bundle/planBundle';

export interface BundlePlanSummary {
  /** Evidence plus reflections: what a student calls items. */
  itemCount: number;
  /** Media plus a rough size for the manifest text. */
  approximateBytes: number;
  text: string;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
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
  const parts = [
    plural(plan.evidence.length, 'evidence item'),
    plural(plan.reflections.length, 'reflection'),
    plural(plan.goals.length, 'goal'),
  ];
  const list = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const text =
    itemCount === 0 && plan.goals.length === 0
      ? 'Nothing matches this choice yet.'
      : `${list}, about ${formatBytes(approximateBytes, locale)}.`;
  return { itemCount, approximateBytes, text };
}
