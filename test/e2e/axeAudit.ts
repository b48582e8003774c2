import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// WCAG 2.2 AA as axe checks it, the same rules and threshold as
// accessibility.spec.ts: serious and critical findings are the ones that fail.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AxeAudit {
  /** Serious and critical violations: a test expects this to be empty. */
  blocking: AxeFinding[];
  /** Every violation, any impact, for the log. */
  all: AxeFinding[];
  /** Every element some rule passed, so a test can prove what axe really looked at. */
  passedTargets: string[];
}

/**
 * A node's target in shadow DOM is a list of selectors, host first; it is
 * joined with " >>> " so a shadow-root element is recognisable in the log.
 */
function describeTarget(target: readonly unknown[]): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
}

/** Runs axe on the page as it is now, limited to `include` (a CSS selector) when given. */
export async function auditWithAxe(page: Page, include?: string): Promise<AxeAudit> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  const all = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => describeTarget(node.target)),
  }));
  return {
    blocking: all.filter((finding) => BLOCKING.has(finding.impact)),
    all,
    passedTargets: results.passes.flatMap((pass) =>
      pass.nodes.map((node) => describeTarget(node.target)),
    ),
  };
}
