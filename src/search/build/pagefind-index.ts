import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCLUDED_SELECTORS, INDEX_CHUNK_SIZE, INDEX_LANGUAGE, PAGEFIND_DIR, RESULT_FILES_DIR } from '../contract';
import { buildIndex, readFragments } from '../pagefind-adapter';
import type { HiddenTerms } from './hidden-terms';
import { writeResultFiles, type PreviousResultFiles } from './result-files';

export interface PagefindIndexOptions {
  /** Each page's hidden search terms, from the content model that made them (hiddenTermsFromModel). */
  hiddenTerms: HiddenTerms;
  /** The previous build's result files, set aside for this one (see writeResultFiles). */
  previousResults?: PreviousResultFiles;
}

/**
 * The last step of `astro build`: the Pagefind index into `dist/pagefind/`, then the result
 * cards and text blocks into `dist/zoeken/resultaten/` (RESULT_FILES_DIR).
 */
export function pagefindIndex(options: PagefindIndexOptions): AstroIntegration {
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputDir = join(site, PAGEFIND_DIR);
        const started = performance.now();
        const pages = await buildIndex(site, outputDir, { language: INDEX_LANGUAGE, excludeSelectors: EXCLUDED_SELECTORS, chunkSize: INDEX_CHUNK_SIZE });
        const indexed = performance.now();
        const written = await writeResultFiles(site, await readFragments(outputDir), options.hiddenTerms, options.previousResults);
        const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
        logger.info(`zoekindex: ${pages} pagina's in ${outputDir} (${seconds(started, indexed)}); resultaatbestanden: ${written.files} (${(written.bytes / 1024).toFixed(0)} kB) voor ${written.pages} pagina's in ${join(site, RESULT_FILES_DIR)}, van ${written.keptPages} ongewijzigd overgenomen uit de vorige build (${seconds(indexed, performance.now())})`);
      },
    },
  };
}
