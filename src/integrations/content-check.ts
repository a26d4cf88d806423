import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSite, formatProblem } from '../lib/content-check';
import { generatedPages } from '../lib/generated-pages';
import { loadContentModel } from '../lib/site-files';
import { reservedIds } from '../lib/layout-ids';

/** Fails `astro build` and `astro dev` before anything renders when the content has problems. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisbank:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const model = loadContentModel(fileURLToPath(config.root));
        const problems = [...model.problems, ...checkSite(model.parsed, generatedPages(model), new Set(model.sources.keys()), reservedIds(model.implementatie.flatMap((theme) => theme.questions.map((q) => q.id))))];
        if (problems.length) {
          const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
          throw new Error(`De inhoud heeft ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:\n${list}`);
        }
        logger.info(`${model.pages.length} pagina's gecontroleerd: links, ankers, bronnen en velden in orde`);
      },
    },
  };
}
