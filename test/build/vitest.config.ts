import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Checks on the BUILT extension (.output/chrome-mv3 and .output/firefox-mv3):
// `npm run test:build`, after `npm run build`. Kept apart from the unit config
// because these tests read build output instead of source.
export default defineConfig({
  // The project root, whatever directory vitest is started from.
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/build/**/*.test.ts'],
    environment: 'node',
  },
});
