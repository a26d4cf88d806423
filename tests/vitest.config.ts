import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The site test files that take longest, longest first (measured alone). Two workers finish
 * together only when the long files start first; Vitest orders by the durations of an earlier run,
 * which a fresh clone has not got, and otherwise by file size.
 */
const LONGEST_FIRST = ['browser', 'gates', 'search-quality', 'budgets', 'offline', 'search', 'subpath', 'phone', 'routes', 'concepts', 'trust', 'checklist'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(basename(file.moduleId, '.test.ts'));
      return index < 0 ? LONGEST_FIRST.length : index;
    };
    // A stable sort: the other files keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => (a.project.name === 'site' && b.project.name === 'site' ? rank(a) - rank(b) : 0));
  }
}

// Two projects: `unit` (pure helpers in src/lib and src/search, fast) and `site` (the built dist/ in Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        // Pure helpers: one worker runs many files without starting anew for each (half the CPU).
        test: { name: 'unit', root: '.', include: ['src/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        test: {
          name: 'site',
          root: '.',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What a test waits for with expect.poll (a banner, the clipboard, focus) may take more
          // than Vitest's default second while the other worker keeps the cores busy.
          expect: { poll: { timeout: 10_000 } },
          // Files run side by side, each with its own static server on a free port, its own copy
          // of whatever it changes and its own browser contexts. Two workers on this 2-core
          // machine (Chromium and the builds keep both cores busy). A worker keeps its modules and
          // its Chromium from file to file (tests/support/browser.ts) instead of starting anew.
          maxWorkers: 2,
          isolate: false,
        },
      },
    ],
    sequence: { sequencer: LongestFirst },
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
