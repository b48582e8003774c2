import { defineConfig } from '@playwright/test';

// E2E runs in Debian's real Chromium with the built extension loaded
// (.output/chrome-mv3). Each test gets its own browser and profile, so tests
// never share IndexedDB state. No browser download: see test/e2e/launchExtension.ts.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Flaky tests are fixed at the cause, never retried into passing.
  retries: 0,
  // Two cores here and on school-grade CI: two browsers at a time.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  globalSetup: './test/e2e/globalSetup.ts',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'pages', testIgnore: '**/recording*.spec.ts' },
    {
      // Recording tests run real MediaRecorder and ffmpeg.wasm, minutes of CPU.
      // `npm run test:e2e` runs them after the page tests, one at a time: next to
      // another browser on two cores, chunk timing, A/V lengths and the service
      // worker's idle stop drifted past what the tests (rightly) allow. They get
      // a longer budget; a hang still fails them.
      name: 'recording',
      testMatch: '**/recording*.spec.ts',
      timeout: 180_000,
    },
  ],
});
