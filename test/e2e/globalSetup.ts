import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './launchExtension';

/** Fail fast with a useful message instead of 20 confusing launch errors. */
export default function globalSetup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
}
