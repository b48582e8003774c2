import path from 'node:path';
import { launchExtension, newProfileDir, type ExtensionSession } from '../launchExtension';

/**
 * Chromium's tab picker (getDisplayMedia) auto-selects the tab whose title
 * contains this text; test/fixtures/media/capture-target.html carries it.
 */
export const CAPTURE_TARGET_TITLE = 'PLP-REC-TARGET';

/** Served by startFixtureServer(): `server.url(CAPTURE_TARGET_PATH)`. */
export const CAPTURE_TARGET_PATH = '/media/capture-target.html';

/** The capture target page file itself, for tests that open it without a server. */
export const CAPTURE_TARGET_FILE = path.resolve('test/fixtures/media/capture-target.html');

/**
 * The flags that make microphone, camera, getDisplayMedia and tabCapture all
 * work headless in one launch (measured, see /work/shared/E2E-RECIPE.md):
 * - fake devices: a beeping microphone and a 640x480 camera with a moving pattern;
 * - the title flag answers the display picker with the capture target tab,
 *   with its audio (without it getDisplayMedia hangs; the fake-UI flag instead
 *   would break tabCapture);
 * - the autoplay policy lets the target page play its tone without a click.
 */
export const RECORDING_BROWSER_ARGS: readonly string[] = [
  '--use-fake-device-for-media-stream',
  `--auto-select-tab-capture-source-by-title=${CAPTURE_TARGET_TITLE}`,
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Launches Chromium with the built extension (.output/chrome-mv3) and the
 * media flags, and grants microphone and camera to every origin (no origin
 * given), as a student who once clicked "Allow" would have.
 */
export async function launchRecordingBrowser(
  profileDir: string = newProfileDir(),
  extraArgs: string[] = [],
  options: Parameters<typeof launchExtension>[2] = {},
): Promise<ExtensionSession> {
  const session = await launchExtension(
    profileDir,
    [...RECORDING_BROWSER_ARGS, ...extraArgs],
    options,
  );
  await session.context.grantPermissions(['microphone', 'camera']);
  return session;
}
