import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure helpers in src/lib and src/search, fast) and `site` (the built dist/ in Chromium).
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
      // The search folder's pure modules and build side; its browser code, like src/scripts/, and its
      // Astro glue, like src/integrations/, are tested in the built site (tests/search*.test.ts).
      include: ['src/lib/**/*.ts', 'src/search/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/search/browser/**', 'src/search/build/pagefind-index.ts'],
      thresholds: { lines: 85, branches: 85 },
    },
  },
});
