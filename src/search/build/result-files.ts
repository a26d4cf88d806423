import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PagefindFragment } from '../pagefind-adapter';
import { blockPath, cardPath, resultFiles } from '../result-cards';
import type { HiddenTerms } from './hidden-terms';

/** What writeResultFiles wrote. */
export interface WrittenResultFiles {
  pages: number;
  files: number;
  bytes: number;
}

/**
 * Writes the result files into the built site in `site`: a result card and text blocks per
 * indexed page (see result-cards.ts), so that the search box shows a result for about 1 kB
 * instead of the page's whole Pagefind fragment. `hiddenTerms` says which words each page's
 * indexed text ends with that readers never see.
 */
export async function writeResultFiles(site: string, fragments: ReadonlyMap<string, PagefindFragment>, hiddenTerms: HiddenTerms): Promise<WrittenResultFiles> {
  const files = new Map<string, string>();
  for (const [id, fragment] of fragments) {
    const { card, blocks } = resultFiles(fragment, await hiddenTerms(fragment.url));
    files.set(cardPath(id), JSON.stringify(card));
    blocks.forEach((block, k) => files.set(blockPath(id, k), block));
  }
  const folders = new Set([...files.keys()].map((path) => dirname(join(site, path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([path, text]) => writeFile(join(site, path), text)));
  return { pages: fragments.size, files: files.size, bytes: [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
}
