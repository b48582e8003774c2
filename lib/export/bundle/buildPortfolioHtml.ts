import { i18n } from '#i18n';
import type { GoalCategory, GoalRecord, GoalStatus } from '../../db/records';
import type { BundleManifest } from './manifestSchema';
import { escapeHtml } from './portfolioHtmlSafety';
import { PORTFOLIO_CSS } from './portfolioStyles';
import {
  collectTimelines,
  renderTimeline,
  type TimelineContext,
  type TimelineEntry,
} from './portfolioTimeline';

/** Where the page sits in a bundle: opening the unzipped folder shows it first. */
export const PORTFOLIO_PATH = 'index.html';

export interface PortfolioHtmlOptions {
  /** The export time shown in the header. */
  generatedAt: number;
  /** BCP 47 tag for dates and the page's lang; English when absent or unknown. */
  locale?: string;
  /** IANA zone for dates; the runtime's own when absent (tests pin it). */
  timeZone?: string;
}

function categoryLabel(category: GoalCategory): string {
  switch (category) {
    case 'academic':
      return i18n.t('exportFiles.goalLabel.academic');
    case 'personal':
      return i18n.t('exportFiles.goalLabel.personal');
    case 'career':
      return i18n.t('exportFiles.goalLabel.career');
    case 'civic':
      return i18n.t('exportFiles.goalLabel.civic');
  }
}

function statusLabel(status: GoalStatus): string {
  switch (status) {
    case 'active':
      return i18n.t('exportFiles.goalLabel.active');
    case 'achieved':
      return i18n.t('exportFiles.goalLabel.achieved');
    case 'archived':
      return i18n.t('exportFiles.goalLabel.archived');
  }
}

/**
 * The offline portfolio page (index.html) of a bundle: one self-contained
 * document with inline CSS and no script at all, so it opens from file:// on
 * any device, even a locked-down school browser, and cannot run anything a
 * student's text smuggles in. Media are referenced by relative paths into the
 * bundle, so nothing is fetched from the network.
 */
export function buildPortfolioHtml(
  manifest: BundleManifest,
  options: PortfolioHtmlOptions,
): string {
  const locale = usableLocale(options.locale);
  const formatDate = dateFormatter(locale, options.timeZone);
  const formatDay = dateFormatter(locale, 'UTC');
  const ctx: TimelineContext = {
    mediaById: new Map(manifest.media.map((m) => [m.id, m])),
    skillNames: new Map(manifest.skills.map((s) => [s.id, s.name])),
    formatDate,
  };
  const goals = [...manifest.goals].sort((a, b) => a.order - b.order);
  const { byGoal, other } = collectTimelines(manifest);
  const anchor = new Map(goals.map((goal, index) => [goal.id, `goal-${index + 1}`]));

  const contents = [
    ...(manifest.skills.length > 0
      ? [['skills-framework', i18n.t('exportFiles.portfolio.skillsFramework')]]
      : []),
    ...goals.map((goal) => [anchor.get(goal.id) ?? '', goal.title]),
    ...(other.length > 0
      ? [['other-evidence', i18n.t('exportFiles.portfolio.otherEvidence')]]
      : []),
    ...(manifest.skills.length > 0
      ? [['skills-summary', i18n.t('exportFiles.portfolio.skillsSummary')]]
      : []),
  ]
    .map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label ?? '')}</a></li>`)
    .join('');

  const goalSections = goals
    .map((goal) =>
      renderGoal(goal, anchor.get(goal.id) ?? '', byGoal.get(goal.id) ?? [], ctx, formatDay),
    )
    .join('\n');
  const otherSection =
    other.length > 0
      ? `<section class="goal" id="other-evidence" aria-labelledby="other-evidence-title">
<h2 id="other-evidence-title">${escapeHtml(i18n.t('exportFiles.portfolio.otherEvidence'))}</h2>
<p class="meta">${escapeHtml(i18n.t('exportFiles.portfolio.otherEvidenceNote'))}</p>
${renderTimeline(other, ctx)}
</section>`
      : '';
  const exportedAt = `<time datetime="${new Date(options.generatedAt).toISOString()}">${escapeHtml(formatDate(options.generatedAt))}</time>`;
  const title = escapeHtml(i18n.t('exportFiles.portfolio.title'));
  const contentsLabel = escapeHtml(i18n.t('exportFiles.portfolio.contents'));

  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${PORTFOLIO_CSS}</style>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(i18n.t('exportFiles.portfolio.skipLink'))}</a>
<header class="page-header"><div class="page">
<h1>${title}</h1>
<p>${i18n.t('exportFiles.portfolio.exported', { time: exportedAt, app: escapeHtml(manifest.app.name), scope: escapeHtml(manifest.scope.description) })}</p>
</div></header>
<div class="page">
<nav class="contents" aria-label="${contentsLabel}"><h2>${contentsLabel}</h2><ul>${contents}</ul></nav>
<main id="main">
${renderSkillsFramework(manifest)}
${goals.length === 0 ? `<p>${escapeHtml(i18n.t('exportFiles.portfolio.noGoals'))}</p>` : ''}
${goalSections}
${otherSection}
${renderSkillsSummary(manifest, goals, byGoal, other)}
</main>
<footer><p>${i18n.t('exportFiles.portfolio.footer', { app: escapeHtml(manifest.app.name), version: escapeHtml(manifest.app.version) })}</p></footer>
</div>
</body>
</html>
`;
}

function renderGoal(
  goal: GoalRecord,
  id: string,
  entries: readonly TimelineEntry[],
  ctx: TimelineContext,
  formatDay: (epochMs: number) => string,
): string {
  const stepsDone = goal.steps.filter((s) => s.done).length;
  const doneLabel = escapeHtml(i18n.t('exportFiles.portfolio.stepDone'));
  const notDoneLabel = escapeHtml(i18n.t('exportFiles.portfolio.stepNotDone'));
  const steps = goal.steps
    .map((step) =>
      step.done
        ? `<li><span class="mark done" aria-hidden="true">✓</span><span class="sr-only">${doneLabel}</span>${escapeHtml(step.text)}</li>`
        : `<li><span class="mark" aria-hidden="true">○</span><span class="sr-only">${notDoneLabel}</span>${escapeHtml(step.text)}</li>`,
    )
    .join('');
  const target = goal.targetDate
    ? ` · ${i18n.t('exportFiles.portfolio.targetDate', { date: `<time datetime="${escapeHtml(goal.targetDate)}">${escapeHtml(formatDay(Date.parse(`${goal.targetDate}T00:00:00Z`)))}</time>` })}`
    : '';
  const achieved =
    goal.achievedAt !== null
      ? ` · ${escapeHtml(i18n.t('exportFiles.portfolio.achievedOn', { date: ctx.formatDate(goal.achievedAt) }))}`
      : '';
  const skillNames = goal.skillIds.map((s) => ctx.skillNames.get(s)).filter((n) => n !== undefined);
  const block = (heading: string, text: string) =>
    text.trim() === ''
      ? ''
      : `<h3>${escapeHtml(heading)}</h3><p class="note">${escapeHtml(text.trim())}</p>`;
  return `<section class="goal card" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(goal.title)}</h2>
<p class="meta"><span class="badge">${escapeHtml(categoryLabel(goal.category))}</span><span class="badge">${escapeHtml(statusLabel(goal.status))}</span>${target}${achieved}</p>
${goal.description.trim() ? `<p class="note">${escapeHtml(goal.description.trim())}</p>` : ''}
${block(i18n.t('exportFiles.portfolio.whyItMatters'), goal.whyItMatters)}
${block(i18n.t('exportFiles.portfolio.successCriteria'), goal.successCriteria)}
${goal.steps.length > 0 ? `<h3>${escapeHtml(i18n.t('exportFiles.portfolio.steps', { done: stepsDone, total: goal.steps.length }))}</h3><ul class="steps">${steps}</ul>` : ''}
${skillNames.length > 0 ? `<p class="meta">${escapeHtml(i18n.t('exportFiles.portfolio.skills', { skills: skillNames.join(', ') }))}</p>` : ''}
<h3>${escapeHtml(i18n.t('exportFiles.portfolio.evidenceCount', { count: entries.length }))}</h3>
${entries.length > 0 ? renderTimeline(entries, ctx) : `<p>${escapeHtml(i18n.t('exportFiles.portfolio.nothingForGoal'))}</p>`}
</section>`;
}

function renderSkillsFramework(manifest: BundleManifest): string {
  if (manifest.skills.length === 0) return '';
  const skills = [...manifest.skills].sort((a, b) => a.order - b.order);
  const items = skills
    .map(
      (s) =>
        `<dt>${escapeHtml(s.name)}</dt>${s.description.trim() ? `<dd>${escapeHtml(s.description)}</dd>` : ''}`,
    )
    .join('');
  return `<section class="card" id="skills-framework" aria-labelledby="skills-framework-title">
<h2 id="skills-framework-title">${escapeHtml(i18n.t('exportFiles.portfolio.skillsFramework'))}</h2>
<dl class="skills">${items}</dl>
</section>`;
}

/** Rows are skills, columns goals: how many items show each skill for each goal. */
function renderSkillsSummary(
  manifest: BundleManifest,
  goals: readonly GoalRecord[],
  byGoal: ReadonlyMap<string, readonly TimelineEntry[]>,
  other: readonly TimelineEntry[],
): string {
  if (manifest.skills.length === 0) return '';
  const skills = [...manifest.skills].sort((a, b) => a.order - b.order);
  const columns: { label: string; entries: readonly TimelineEntry[] }[] = [
    ...goals.map((goal) => ({ label: goal.title, entries: byGoal.get(goal.id) ?? [] })),
    ...(other.length > 0
      ? [{ label: i18n.t('exportFiles.portfolio.otherEvidence'), entries: other }]
      : []),
  ];
  const allItems = [...manifest.evidence, ...manifest.reflections];
  const count = (entries: readonly { skillIds: string[] }[], skillId: string) =>
    entries.filter((e) => e.skillIds.includes(skillId)).length;
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const rows = skills
    .map((skill) => {
      const cells = columns
        .map(
          (c) =>
            `<td class="count">${count(
              c.entries.map((e) => e.item),
              skill.id,
            )}</td>`,
        )
        .join('');
      return `<tr><th scope="row">${escapeHtml(skill.name)}</th>${cells}<td class="count">${count(allItems, skill.id)}</td></tr>`;
    })
    .join('');
  return `<section class="card" id="skills-summary" aria-labelledby="skills-summary-title">
<h2 id="skills-summary-title">${escapeHtml(i18n.t('exportFiles.portfolio.skillsSummary'))}</h2>
<div class="table-wrap" role="region" aria-labelledby="skills-summary-caption" tabindex="0">
<table><caption id="skills-summary-caption">${escapeHtml(i18n.t('exportFiles.portfolio.summaryCaption'))}</caption>
<thead><tr><th scope="col">${escapeHtml(i18n.t('exportFiles.portfolio.skillColumn'))}</th>${head}<th scope="col">${escapeHtml(i18n.t('exportFiles.portfolio.allItems'))}</th></tr></thead>
<tbody>${rows}</tbody></table>
</div>
</section>`;
}

function usableLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function dateFormatter(locale: string, timeZone: string | undefined): (epochMs: number) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  }
  return (epochMs) => format.format(new Date(epochMs));
}
