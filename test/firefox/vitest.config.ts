import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Firefox smoke tests: `npm run test:firefox` after `npm run build`.
// Kept apart from the unit config because they need a built extension and a
// browser, and take seconds per test rather than milliseconds.
export default defineConfig({
  // The project root, whatever directory vitest is started from.
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    // Launch + install alone takes 5-6 s on a quiet 2-core machine; leave a wide
    // margin for a loaded CI runner instead of failing on a slow start.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    // One Firefox at a time: each one uses about 500 MiB.
    fileParallelism: false,
    // No retries: a flaky smoke test should be fixed, not hidden.
    retry: 0,
  },
});
