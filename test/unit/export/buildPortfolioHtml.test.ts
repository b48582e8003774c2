// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  buildPortfolioHtml,
  type PortfolioHtmlOptions,
} from '@/lib/export/bundle/buildPortfolioHtml';
import {
  escapeHtml,
  relativeBundleUrl,
  safeExternalUrl,
} from '@/lib/export/bundle/portfolioHtmlSafety';
import type { BundleManifest } from '@/lib/export/bundle/manifestSchema';
import {
  FOLDER_ONE,
  FOLDER_TWO,
  PORTFOLIO_T0,
  portfolioManifest,
} from './portfolioManifestFixture';

const OPTIONS: PortfolioHtmlOptions = {
  generatedAt: PORTFOLIO_T0 + 10 * 24 * 60 * 60 * 1000,
  timeZone: 'UTC',
};

function render(
  manifest: BundleManifest = portfolioManifest(),
  options: PortfolioHtmlOptions = OPTIONS,
) {
  const html = buildPortfolioHtml(manifest, options);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { html, doc };
}

const HOSTILE = `<script>alert(1)</script>"' onerror="alert(2)" <img src=x onerror=alert(3)>&amp;`;

describe('escapeHtml', () => {
  it('escapes every character that could open a tag, end an attribute or start an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    );
    expect(escapeHtml(HOSTILE)).not.toMatch(/[<>"']/);
  });
});

describe('safeExternalUrl', () => {
  it('keeps http and https addresses only', () => {
    expect(safeExternalUrl('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(safeExternalUrl(' http://example.org ')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'not a url',
      '',
    ]) {
      expect(safeExternalUrl(bad), bad).toBeNull();
    }
  });
});

describe('relativeBundleUrl', () => {
  it('percent-encodes each segment so spaces, #, ?, % and unicode stay in the file name', () => {
    expect(relativeBundleUrl('Goal #1?/50% done é 日本.png')).toBe(
      'Goal%20%231%3F/50%25%20done%20%C3%A9%20%E6%97%A5%E6%9C%AC.png',
    );
    // A colon never becomes a scheme.
    expect(relativeBundleUrl('javascript:alert(1)/x.png')).toBe('javascript%3Aalert(1)/x.png');
  });

  it('refuses paths that could leave the bundle or become protocol-relative', () => {
    for (const bad of [
      '',
      '/abs.png',
      '//evil.example/x.png',
      'a/../b.png',
      './a.png',
      'a\\b.png',
      'a//b.png',
    ]) {
      expect(relativeBundleUrl(bad), bad).toBeNull();
    }
  });
});

describe('buildPortfolioHtml', () => {
  it('is a self-contained document with no script, no event handlers and no remote resources', () => {
    const { html, doc } = render();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelectorAll('link[rel="stylesheet"], iframe, object, embed')).toHaveLength(0);
    for (const el of doc.querySelectorAll('[src], [poster]')) {
      for (const value of [el.getAttribute('src'), el.getAttribute('poster')]) {
        if (value !== null) expect(value).not.toMatch(/^([a-z]+:|\/)/i);
      }
    }
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('header h1')?.textContent).toBe('My Personalized Learning Plan');
    expect(doc.querySelector('header time')?.textContent).toBe('March 12, 2026');
  });

  it('shows every goal with its details, steps and a date-ordered timeline', () => {
    const { doc } = render();
    const goals = [...doc.querySelectorAll('section.goal.card')];
    // Goals follow their order field, not the manifest's list order.
    expect(goals.map((g) => g.querySelector('h2')?.textContent)).toEqual([
      'Become a better writer',
      'Learn Japanese',
    ]);
    const writer = goals[0]!;
    expect(writer.textContent).toContain('Writing helps me think.');
    expect(writer.textContent).toContain('Publish three essays.');
    expect(writer.textContent).toContain('Steps (1 of 2 done)');
    const steps = [...writer.querySelectorAll('.steps li')].map((li) => li.textContent);
    expect(steps).toEqual(['✓Done: Draft an essay', '○Not done yet: Ask for feedback']);
    const titles = (section: Element) =>
      [...section.querySelectorAll('.timeline article h4')].map((h) => h.textContent);
    expect(titles(writer)).toEqual(['Volcano essay draft', 'What I learned', 'Lava flows']);
    // An item with two goals appears under both.
    expect(titles(goals[1]!)).toEqual(['My video', 'Lava flows', 'Kanji chart']);
    expect(titles(doc.querySelector('#other-evidence')!)).toEqual(['A link with no goal']);
  });

  it('presents every item of the manifest', () => {
    const manifest = portfolioManifest();
    const { doc } = render(manifest);
    const shown = new Set([...doc.querySelectorAll('article h4')].map((h) => h.textContent));
    for (const item of [...manifest.evidence, ...manifest.reflections]) {
      expect(shown, item.title).toContain(item.title);
    }
  });

  it('links media by encoded relative paths: thumbnails, full size, parts, saved copies, video', () => {
    const { doc } = render();
    const enc = (p: string) => relativeBundleUrl(p)!;
    const essay = [...doc.querySelectorAll('article')].find((a) =>
      a.textContent?.includes('Volcano essay draft'),
    )!;
    const img = essay.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(
      enc(`${FOLDER_ONE}/2026-03-02 Full page - Volcano - thumbnail.png`),
    );
    expect(img.getAttribute('src')).toContain('Write%20%231%3F%20100%25%20better/');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.alt).toBe('Full-page screenshot: Volcano essay draft');
    expect(img.closest('a')?.getAttribute('href')).toBe(
      enc(`${FOLDER_ONE}/2026-03-02 Full page - Volcano.png`),
    );
    expect(essay.querySelector('.parts a')?.getAttribute('href')).toBe(
      enc(`${FOLDER_ONE}/2026-03-02 Full page - Volcano - part 2.png`),
    );
    const article = doc.querySelector('article[data-kind="article"]')!;
    const saved = [...article.querySelectorAll('a')].find(
      (a) => a.textContent === 'Open the saved copy',
    );
    expect(saved?.getAttribute('href')).toBe(
      enc(`${FOLDER_ONE}/2026-03-04 Article - Lava flows.html`),
    );
    const video = doc.querySelector('video')!;
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('src')).toBe(
      enc(`${FOLDER_TWO}/2026-03-03 Video reflection - My video.mp4`),
    );
    expect(video.getAttribute('poster')).toBe(
      enc(`${FOLDER_TWO}/2026-03-03 Video reflection - My video - poster.png`),
    );
    expect(doc.querySelector('article[data-kind="recorded"]')?.textContent).toContain('1:05');
  });

  it('escapes hostile text everywhere and links only http(s) addresses', () => {
    const manifest = portfolioManifest();
    manifest.goals[0]!.title = HOSTILE;
    manifest.goals[1]!.whyItMatters = HOSTILE;
    manifest.skills[0]!.name = HOSTILE;
    manifest.scope.description = HOSTILE;
    const [e2, e1, e3, e4] = manifest.evidence;
    e1!.title = HOSTILE;
    e1!.note = HOSTILE;
    e2!.url = 'javascript:alert(1)';
    e3!.url = 'https://example.org/?q="><script>alert(1)</script>';
    e4!.url = 'data:text/html,<script>alert(1)</script>';
    manifest.reflections[0]!.prompts = [HOSTILE];
    manifest.media[0]!.path = '../../outside.png';
    const { html, doc } = render(manifest, { ...OPTIONS, locale: '"><script>' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.body.textContent).toContain(HOSTILE);
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/|[^:/]+\/)/);
    expect(hrefs.some((h) => /javascript:|data:/i.test(h))).toBe(false);
    expect(hrefs).not.toContain('../../outside.png');
    expect(html).not.toContain('outside.png');
    // The unlinked addresses are still shown, as text.
    expect(doc.body.textContent).toContain('javascript:alert(1)');
    const external = [...doc.querySelectorAll<HTMLAnchorElement>('a.external')].find((a) =>
      a.href.includes('?q='),
    )!;
    expect(external.rel).toBe('noopener noreferrer');
    expect(external.getAttribute('href')).toBe(
      'https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    );
  });

  it('counts each skill per goal in the summary table', () => {
    const { doc } = render();
    const table = doc.querySelector('#skills-summary table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Skill',
      'Become a better writer',
      'Learn Japanese',
      'Other evidence',
      'All items',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Clear and effective communication', '2', '1', '0', '2'],
      ['Self-direction', '1', '0', '0', '1'],
    ]);
  });

  it('falls back to English for an unknown locale and formats dates for a known one', () => {
    expect(
      render(portfolioManifest(), { ...OPTIONS, locale: 'fr-FR' }).doc.querySelector('header time')
        ?.textContent,
    ).toBe('12 mars 2026');
    expect(
      render(portfolioManifest(), { ...OPTIONS, locale: 'not a locale!' }).doc.documentElement.lang,
    ).toBe('en');
  });
});
