import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeCacheFile } from '../../lib/build-cache';
import type { PagefindFragment } from '../pagefind-adapter';
import { blockPath, cardPath, resultFiles } from '../result-cards';
import { RESULT_FILES_DIR } from '../contract';
import type { HiddenTerms } from './hidden-terms';

/** What writeResultFiles wrote. */
export interface WrittenResultFiles {
  pages: number;
  /** Result files in the site, written now or taken over from the previous build. */
  files: number;
  bytes: number;
  /** Pages whose files were taken over unchanged from the previous build. */
  keptPages: number;
}

/**
 * The previous build's result files, set aside when the build started (src/integrations/old-output.ts),
 * and what they hold: `dir` is the old RESULT_FILES_DIR folder, `manifest` a JSON file with a hash of
 * each page's files by result id, written by the build that wrote them.
 */
export interface PreviousResultFiles {
  dir: string;
  manifest: string;
}

const digest = (card: string, blocks: readonly string[]) => createHash('sha256').update(JSON.stringify([card, blocks])).digest('hex');

function readManifest(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/**
 * Moves a page's card and block folder from the previous build into the site; false when either
 * is missing (then the page's files are written as usual, over whatever came across).
 */
function takeOver(previous: PreviousResultFiles, site: string, id: string): boolean {
  try {
    renameSync(join(previous.dir, `${id}.json`), join(site, cardPath(id)));
    renameSync(join(previous.dir, id), join(site, RESULT_FILES_DIR, id));
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the result files into the built site in `site`: a result card and text blocks per
 * indexed page (see result-cards.ts), so that the search box shows a result for about 1 kB
 * instead of the page's whole Pagefind fragment. `hiddenTerms` says which words each page's
 * indexed text ends with that readers never see.
 *
 * With `previous`, a page whose files are the same as in the previous build (same hash) gets
 * them by two renames instead of one new file per 125 words: making files is most of what this
 * step costs (about 0.7 ms a file on this machine, 17 files a page). What is left of the previous
 * files afterwards is deleted, and the manifest then describes the files now in the site.
 */
export async function writeResultFiles(site: string, fragments: ReadonlyMap<string, PagefindFragment>, hiddenTerms: HiddenTerms, previous?: PreviousResultFiles): Promise<WrittenResultFiles> {
  const files = new Map<string, string>();
  const hashes: Record<string, string> = {};
  const before = previous ? readManifest(previous.manifest) : new Map<string, string>();
  // Gone until this step has finished: a build stopped halfway leaves no manifest that would
  // vouch for files it did not finish.
  if (previous) rmSync(previous.manifest, { force: true });
  let total = 0;
  let bytes = 0;
  let keptPages = 0;
  mkdirSync(join(site, RESULT_FILES_DIR), { recursive: true });
  for (const [id, fragment] of fragments) {
    const { card, blocks } = resultFiles(fragment, await hiddenTerms(fragment.url));
    const cardText = JSON.stringify(card);
    total += 1 + blocks.length;
    bytes += Buffer.byteLength(cardText) + blocks.reduce((sum, block) => sum + Buffer.byteLength(block), 0);
    const hash = digest(cardText, blocks);
    hashes[id] = hash;
    if (previous && before.get(id) === hash && takeOver(previous, site, id)) {
      keptPages++;
      continue;
    }
    files.set(cardPath(id), cardText);
    blocks.forEach((block, k) => files.set(blockPath(id, k), block));
  }
  const folders = new Set([...files.keys()].map((path) => dirname(join(site, path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([path, text]) => writeFile(join(site, path), text)));
  if (previous) {
    await rm(previous.dir, { recursive: true, force: true });
    writeCacheFile(previous.manifest, JSON.stringify(hashes));
  }
  return { pages: fragments.size, files: total, bytes, keptPages };
}
