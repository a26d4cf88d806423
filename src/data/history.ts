/** The content history, read from git once per build (see src/lib/git-history.ts). */
import { lastChanged, readContentHistory, type ContentHistory } from '../lib/git-history';

let cached: { history: ContentHistory; dates: Map<string, string> } | undefined;
function load() {
  // Astro builds from the project folder.
  if (!cached) {
    const history = readContentHistory(process.cwd());
    cached = { history, dates: lastChanged(history.commits) };
  }
  return cached;
}

export function contentHistory(): ContentHistory {
  return load().history;
}

/** When a content file (`content/begrippen/herstel.mdx`) last changed, if the history knows. */
export function lastUpdatedOf(file: string): string | undefined {
  return load().dates.get(file);
}
