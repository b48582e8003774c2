import { defineConfig } from 'wxt';
import { forbidDangerousInnerHtml } from './scripts/vite/forbidDangerousInnerHtml';
import { ffmpegCoreFiles } from './scripts/ffmpegCoreFiles';

// The Firefox add-on id is fixed so that data (storage.local, IndexedDB) and
// school policies (3rdparty settings) survive reinstalls and updates.
export const GECKO_ID = 'plp-companion@plpcompanion.org';

// Drive export asks only for drive.file: files the extension created, nothing else in Drive.
const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
// A "Chrome extension" OAuth client tied to the published extension id lets Chrome sign in with
// identity.getAuthToken and no school setup. Without it, every browser uses launchWebAuthFlow
// with the school's client id (lib/export/drive/auth/createDriveAuth.ts).
const chromeOAuthClientId = process.env.PLP_CHROME_OAUTH_CLIENT_ID?.trim();

export default defineConfig({
  // Every user-facing string lives in locales/<lang>.yml (English and Spanish); the browser's
  // language picks one, as browser.i18n does (@wxt-dev/i18n is its typed wrapper).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Keep the source tree at the project root (entrypoints/, components/, lib/).
  srcDir: '.',
  outDir: '.output',
  // MV3 on Firefox too: one manifest shape, one CSP format, and `action` everywhere.
  manifestVersion: 3,
  vite: () => ({ plugins: [forbidDangerousInnerHtml()] }),
  hooks: {
    // MV3 forbids remote code, so ffmpeg.wasm's cores ship inside the extension,
    // copied from node_modules at build time (never committed, never a CDN).
    'build:publicAssets': (_wxt, files) => {
      files.push(...ffmpegCoreFiles());
    },
  },
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Fewest permissions that work: no host permissions at all. Clipping uses
    // the temporary grant the student gives by clicking the toolbar button, a
    // menu item or the shortcut (activeTab), and injects the clipper on demand
    // (scripting). pageCapture makes MHTML snapshots; Firefox has no such API
    // and builds its snapshot in the content script instead.
    //
    // Recording (Chromium only): offscreen hosts the recorder and ffmpeg.wasm
    // outside any tab; tabCapture records "this tab" after the student invoked
    // the extension on it. Firefox records from the dashboard tab with
    // getDisplayMedia and needs neither.
    //
    // identity signs in to Google Drive for export; alarms wakes the worker to resume an
    // unfinished Drive export when the browser stopped it (neither shows an install-time warning
    // in Chrome or Firefox). downloads is optional: asked for only for a Save As dialog.
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'identity',
      'alarms',
      ...(browser === 'firefox' ? [] : ['pageCapture', 'offscreen', 'tabCapture']),
    ],
    optional_permissions: ['downloads'],
    commands: {
      'quick-clip': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commands_quickClip__',
      },
      'stop-recording': {
        suggested_key: { default: 'Alt+Shift+X' },
        description: '__MSG_commands_stopRecording__',
      },
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
      },
    },
    action: { default_title: '__MSG_extName__' },
    // 'wasm-unsafe-eval' lets extension pages compile ffmpeg.wasm; nothing else is loosened.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // Chromium reads school policies (storage.managed) only for keys this schema declares;
    // Firefox reads policies.json "3rdparty" settings for our add-on id without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser !== 'firefox' && chromeOAuthClientId
      ? { oauth2: { client_id: chromeOAuthClientId, scopes: [DRIVE_FILE_SCOPE] } }
      : {}),
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
