import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../firefox/geckoId';
import { readManifest } from './builtExtension';

/** Firefox 142 is the first to read `data_collection_permissions` (web-ext lint asks for it). */
const MIN_FIREFOX = [142, 0];

interface GeckoSettings {
  id?: string;
  strict_min_version?: string;
  data_collection_permissions?: { required?: unknown };
}

function gecko(): GeckoSettings {
  const settings = readManifest('firefox-mv3').browser_specific_settings as
    { gecko?: GeckoSettings } | undefined;
  return settings?.gecko ?? {};
}

/** "142.0" → [142, 0]; a suffix such as "a1" is ignored, a missing part counts as 0. */
function versionParts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

function isAtLeast(version: number[], minimum: number[]): boolean {
  for (let i = 0; i < Math.max(version.length, minimum.length); i++) {
    const a = version[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

describe('firefox-mv3 manifest', () => {
  it('has the fixed gecko id, so IndexedDB and storage survive reinstalls', () => {
    expect(gecko().id, 'the id must equal GECKO_ID in wxt.config.ts').toBe(GECKO_ID);
  });

  it(`requires Firefox ${MIN_FIREFOX.join('.')} or newer`, () => {
    const version = gecko().strict_min_version;
    expect(version, 'browser_specific_settings.gecko.strict_min_version is missing').toBeTypeOf(
      'string',
    );
    expect(isAtLeast(versionParts(version ?? ''), MIN_FIREFOX), `got ${version}`).toBe(true);
  });

  it('declares that it collects no data', () => {
    expect(gecko().data_collection_permissions?.required).toEqual(['none']);
  });
});

describe('isAtLeast', () => {
  it.each([
    ['142.0', true],
    ['142', true],
    ['143.0a1', true],
    ['141.9', false],
    ['115.0', false],
  ])('%s ≥ 142.0 is %s', (version, expected) => {
    expect(isAtLeast(versionParts(version), MIN_FIREFOX)).toBe(expected);
  });
});
