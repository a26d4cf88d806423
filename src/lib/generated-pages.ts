import type { GeneratedPage } from './content-check';

/**
 * Pages made by routes in `src/pages/` rather than by a content file, with the anchors they
 * offer. The content check needs them to know that a link to `/bronnen/#lejo-2025` will work.
 */
export function generatedPages(sourceKeys: Iterable<string>): GeneratedPage[] {
  return [
    { url: '/', anchors: [] },
    { url: '/zoeken/', anchors: [] },
    { url: '/bronnen/', anchors: [...sourceKeys] },
  ];
}
