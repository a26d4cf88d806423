import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure helpers in src/lib, fast) and `site` (the built dist/ in Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', root: '.', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'site',
          root: '.',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: ['src/lib/**/*.test.ts'],
      thresholds: { lines: 85, branches: 85 },
    },
  },
});
