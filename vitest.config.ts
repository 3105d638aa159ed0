import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest 5 runs one file fewer than the machine has cores, so a two-core machine ran the whole suite one file at a
// time. Most unit files are single-threaded, or wait on a build they spawned: two at a time on two cores took the
// unit project from 547 to 380 s (CPU use 1.3 → 1.9 cores). More than four builds at once would only fight for
// memory.
const UNIT_WORKERS = Math.min(4, Math.max(2, availableParallelism()));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          testTimeout: 30_000,
          maxWorkers: UNIT_WORKERS,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page's answer to a click or a key can take seconds on a loaded two-core machine: expect.poll's
          // default of 1 s failed in a CI run (graph-history's framing). A poll returns as soon as its check
          // holds, so the longer limit costs time only where a check fails.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time. Two at a time took the browser files from about 540 s to 378–417 s on two cores,
          // but in one of five such runs graph-history's Forward left the restored selection 702 px off the canvas's
          // middle once the view was at rest (not reproduced in four runs of it beside graph-panel.test.ts, nor in
          // three alone under CPU load). Projects of one group must share one worker count, so the browser files run after the unit
          // files rather than beside them.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
