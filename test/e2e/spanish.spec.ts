/**
 * A student whose browser speaks Spanish gets the whole product in Spanish: every page of the
 * dashboard and the popup say none of the English sentences that have a Spanish translation, and
 * mark themselves lang="es" for screen readers. Chromium's --lang picks the extension's locale,
 * as a Spanish Chromebook does.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadChromeMessages } from '../unit/fakeI18n';
import { auditWithAxe } from './axeAudit';
import {
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionSession,
} from './launchExtension';
import { seedThroughDataLayer } from './seedThroughDataLayer';

let extension: ExtensionSession;
let profileDir: string;

test.beforeEach(async () => {
  profileDir = newProfileDir();
  extension = await launchExtension(profileDir, ['--lang=es']);
});

test.afterEach(async () => {
  await extension.close();
  removeProfileDir(profileDir);
});

/**
 * Pieces of English a Spanish page must not show: the fixed parts of every English message whose
 * Spanish differs, long enough (20+ characters) not to match a name or a shared word by chance.
 */
async function englishSentences(): Promise<string[]> {
  const english = await loadChromeMessages('en');
  const spanish = await loadChromeMessages('es');
  return Object.entries(english)
    .filter(([key, { message }]) => spanish[key]?.message !== message)
    .flatMap(([, { message }]) => message.split(/ \| |\{[A-Za-z0-9_]+\}|\$[1-9]/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 20);
}

async function englishOn(page: Page, sentences: string[]): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return sentences.filter((sentence) => text.includes(sentence));
}

const DASHBOARD_VIEWS = [
  '#/goals',
  '#/evidence',
  '#/reflections',
  '#/skills-map',
  '#/conference',
  '#/export',
  '#/skills',
  '#/storage',
  '#/privacy',
  '#/record',
  '#/welcome',
];

test('every dashboard view speaks Spanish, with lang="es", and passes axe', async () => {
  // Twelve views, each read and audited with axe: 30 s here, more beside another browser in CI.
  test.setTimeout(180_000);
  const sentences = await englishSentences();
  expect(sentences.length, 'English sentences to look for').toBeGreaterThan(200);
  const page = await extension.context.newPage();
  await page.goto(extension.url('dashboard.html#/goals'));
  const seeded = await seedThroughDataLayer(page, {
    goals: [
      { title: 'Aprender sobre volcanes', category: 'academic', skillIds: ['vt-communication'] },
    ],
    evidence: [
      {
        title: 'Notas del laboratorio',
        note: 'Medí el modelo.',
        goals: ['Aprender sobre volcanes'],
      },
    ],
    reflections: [
      { title: 'Lo que aprendí', note: 'Es muy caliente.', goals: ['Aprender sobre volcanes'] },
    ],
  });
  const goalId = seeded.goalIds['Aprender sobre volcanes']!;
  const views = [...DASHBOARD_VIEWS, `#/goal/${encodeURIComponent(goalId)}`];
  await expect(page.getByRole('navigation', { name: 'Panel' })).toBeVisible();
  const leaks: string[] = [];
  for (const view of views) {
    await page.goto(extension.url(`dashboard.html${view}`));
    // Conference mode and the welcome tour are full-screen: no navigation, but a heading.
    await expect(page.getByRole('heading').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    // Views finish loading their data after the heading shows; settle before reading.
    await page.waitForLoadState('networkidle');
    leaks.push(...(await englishOn(page, sentences)).map((sentence) => `${view}: ${sentence}`));
    const audit = await auditWithAxe(page);
    expect(audit.blocking, `axe on ${view} in Spanish`).toEqual([]);
  }
  expect(leaks).toEqual([]);
});

test('the popup speaks Spanish', async () => {
  const sentences = await englishSentences();
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await expect(popup.getByRole('button').first()).toBeVisible();
  expect(await englishOn(popup, sentences)).toEqual([]);
  await expect(popup.getByRole('heading', { name: 'Mis metas activas' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Abrir el panel' })).toBeVisible();
});

test('a goal written in Arabic keeps its right-to-left direction on a left-to-right page', async () => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('dashboard.html#/goals'));
  const title = 'تعلم البرمجة مع صديقي';
  const seeded = await seedThroughDataLayer(page, { goals: [{ title, category: 'personal' }] });
  await page.goto(
    extension.url(`dashboard.html#/goal/${encodeURIComponent(seeded.goalIds[title]!)}`),
  );
  const heading = page.getByRole('heading', { name: title });
  await expect(heading).toBeVisible();
  // The heading's text sits at its right edge: its own direction, with text-align: start.
  const gap = await heading.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { right: box.right - text.right, left: text.left - box.left };
  });
  expect(gap.right).toBeLessThan(2);
  expect(gap.left).toBeGreaterThan(50);
});

test('the English check is real: on an English browser it finds those sentences', async () => {
  const sentences = await englishSentences();
  const englishProfile = newProfileDir();
  const english = await launchExtension(englishProfile);
  try {
    const page = await english.context.newPage();
    await page.goto(english.url('dashboard.html#/privacy'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading').first()).toBeVisible();
    expect((await englishOn(page, sentences)).length).toBeGreaterThan(5);
  } finally {
    await english.close();
    removeProfileDir(englishProfile);
  }
});
