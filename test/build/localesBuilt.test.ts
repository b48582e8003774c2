/**
 * The built extension speaks English and Spanish, names itself through the locale files, and
 * keeps the translation code out of the offscreen document, which has no browser.i18n
 * (Chromium gives offscreen documents the runtime API only): a call there would throw mid-recording.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TARGETS, buildDir, readManifest } from './builtExtension';

// A string only @wxt-dev/i18n's t() contains, so it marks the translation code in a bundle.
const I18N_MARKER = '[i18n] Message not found';

/** The offscreen page's script and every chunk it preloads (Vite lists all of its imports). */
function offscreenScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'offscreen.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((match) => match[1]!);
}

describe.each(BUILD_TARGETS)('%s', (target) => {
  it('ships English and Spanish messages, English by default', () => {
    const dir = buildDir(target);
    expect(readManifest(target).default_locale).toBe('en');
    for (const locale of ['en', 'es']) {
      expect(existsSync(join(dir, '_locales', locale, 'messages.json')), locale).toBe(true);
    }
    const spanish = JSON.parse(
      readFileSync(join(dir, '_locales', 'es', 'messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    expect(spanish.meta_lang?.message).toBe('es');
  });

  it('takes its name, description and shortcut labels from the locale files', () => {
    const manifest = readManifest(target) as {
      name: string;
      description: string;
      commands: Record<string, { description?: string }>;
    };
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.commands['quick-clip']?.description).toBe('__MSG_commands_quickClip__');
  });
});

describe('the offscreen recorder (chrome-mv3)', () => {
  it('loads no translation code', () => {
    const dir = buildDir('chrome-mv3');
    const scripts = offscreenScripts(dir);
    expect(scripts.length).toBeGreaterThan(0);
    const translating = scripts.filter((file) =>
      readFileSync(join(dir, file), 'utf8').includes(I18N_MARKER),
    );
    expect(translating).toEqual([]);
  });

  it('would be caught loading it: the dashboard does', () => {
    const dir = buildDir('chrome-mv3');
    const html = readFileSync(join(dir, 'dashboard.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(
      scripts.some((file) => readFileSync(join(dir, file), 'utf8').includes(I18N_MARKER)),
    ).toBe(true);
  });
});
