import { defineConfig } from 'wxt';
import { forbidDangerousInnerHtml } from './scripts/vite/forbidDangerousInnerHtml';

// The Firefox add-on id is fixed so that data (storage.local, IndexedDB) and
// school policies (3rdparty settings) survive reinstalls and updates.
export const GECKO_ID = 'plp-companion@plpcompanion.org';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Keep the source tree at the project root (entrypoints/, components/, lib/).
  srcDir: '.',
  outDir: '.output',
  // MV3 on Firefox too: one manifest shape, one CSP format, and `action` everywhere.
  manifestVersion: 3,
  vite: () => ({ plugins: [forbidDangerousInnerHtml()] }),
  manifest: ({ browser }) => ({
    name: 'PLP Companion',
    description:
      'Keep your Personalized Learning Plan: goals, evidence and reflections, stored only on your device.',
    // Fewest permissions that work: `storage` for settings. IndexedDB needs none.
    permissions: ['storage'],
    action: { default_title: 'PLP Companion' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              // The extension collects nothing: all data stays on the device.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
