import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { EXCLUDED_SELECTORS, HIDDEN_TERMS_ATTRIBUTE, INDEX_CHUNK_SIZE, INDEX_LANGUAGE, PAGEFIND_DIR, RESULT_FILES_DIR } from '../contract';
import { blockPath, cardPath, resultFiles, type PagefindFragment } from '../result-cards';

/** Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Read by the Pagefind service that createIndex starts (it inherits this environment).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, excludeSelectors: EXCLUDED_SELECTORS });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind kon de site niet lezen: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) });
        if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
        await pagefind.close();
        const cards = await writeResultFiles(site);
        logger.info(`zoekindex: ${added.page_count} pagina's in ${join(site, PAGEFIND_DIR)}, ${cards} resultaatkaarten in ${join(site, RESULT_FILES_DIR)}`);
      },
    },
  };
}

/** Pagefind's fragment files, by result id: one page per file, or a group of small pages in one. */
async function readFragments(pagefindDir: string): Promise<Map<string, PagefindFragment>> {
  const dir = join(pagefindDir, 'fragment');
  const fragments = new Map<string, PagefindFragment>();
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    // Gzipped JSON after a "pagefind_dcd" signature.
    const text = gunzipSync(await readFile(join(dir, file))).toString('utf8');
    const data = JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment | Record<string, PagefindFragment>;
    if (typeof data.url === 'string') fragments.set(file.replace(/\.pf_fragment$/, ''), data as PagefindFragment);
    else for (const [id, fragment] of Object.entries(data as Record<string, PagefindFragment>)) fragments.set(id, fragment);
  }
  return fragments;
}

/** The words of a built page's hidden search terms (HIDDEN_TERMS_ATTRIBUTE) (see PageLayout.astro); none on pages without it. */
async function hiddenSearchTerms(site: string, url: string): Promise<string[]> {
  const html = await readFile(join(site, decodeURI(url), url.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const terms = new RegExp(`${HIDDEN_TERMS_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1] ?? '';
  return terms.split(/\s+/).filter(Boolean);
}

/**
 * A result card and text blocks per indexed page (see src/search/result-cards.ts), so that the search
 * box shows a result for about 1 kB instead of the page's whole fragment. Returns the card count.
 */
export async function writeResultFiles(site: string): Promise<number> {
  const fragments = await readFragments(join(site, PAGEFIND_DIR));
  if (!fragments.size) throw new Error(`Pagefind schreef geen fragmenten in ${join(site, PAGEFIND_DIR, 'fragment')}: verwacht één per doorzochte pagina.`);
  for (const [id, fragment] of fragments) {
    const { card, blocks } = resultFiles(fragment, await hiddenSearchTerms(site, fragment.url));
    await mkdir(join(site, RESULT_FILES_DIR, id), { recursive: true });
    await writeFile(join(site, cardPath(id)), JSON.stringify(card));
    await Promise.all(blocks.map((block, k) => writeFile(join(site, blockPath(id, k)), block)));
  }
  return fragments.size;
}
