import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSite, formatProblem } from '../lib/content-check';
import { generatedPages } from '../lib/generated-pages';
import { readGlossaryTerms, readPages, readRoutes, readSourceKeys } from '../lib/site-files';

/** Fails `astro build` and `astro dev` before anything renders when the content has problems. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisbank:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const pages = readPages(root);
        const sourceKeys = readSourceKeys(root);
        const routes = readRoutes(root);
        const routeIds = routes.map((route) => route.file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
        const generated = generatedPages(sourceKeys, pages, readGlossaryTerms(root), routeIds);
        const problems = checkSite([...pages, ...routes], generated, sourceKeys);
        if (problems.length) {
          const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
          throw new Error(`De inhoud heeft ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:\n${list}`);
        }
        logger.info(`${pages.length} pagina's gecontroleerd: links, ankers, bronnen en velden in orde`);
      },
    },
  };
}
