import { i18n } from '#i18n';
import { EXPORT_TARGETS, type ExportTarget, type ManagedPolicy } from './managedPolicy';

export interface AllowedExportTargets {
  /** The destinations the Export page offers, in the page's order. */
  targets: ExportTarget[];
  /** True when the school chose the list: hidden destinations are explained, not just missing. */
  setBySchool: boolean;
}

/** Which export destinations the student may use. Without a policy, all of them. */
export function allowedExportTargets(
  policy: Pick<ManagedPolicy, 'allowedExportTargets'>,
): AllowedExportTargets {
  const chosen = policy.allowedExportTargets;
  if (!chosen) return { targets: [...EXPORT_TARGETS], setBySchool: false };
  return { targets: EXPORT_TARGETS.filter((t) => chosen.includes(t)), setBySchool: true };
}

export function isExportTargetAllowed(
  target: ExportTarget,
  policy: Pick<ManagedPolicy, 'allowedExportTargets'>,
): boolean {
  return allowedExportTargets(policy).targets.includes(target);
}

/** The sentence under the Export heading when the school hid some destinations, or null. */
export function exportTargetsNotice(allowed: AllowedExportTargets): string | null {
  if (!allowed.setBySchool || allowed.targets.length === EXPORT_TARGETS.length) return null;
  return allowed.targets.length === 0
    ? i18n.t('export.page.allTurnedOff')
    : i18n.t('export.page.someTurnedOff');
}
