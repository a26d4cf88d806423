/**
 * "Hier genoemd": for each page, the pages whose text links to it. Made at build time from the
 * links in the content itself (the content model's links: Markdown links and `<a href>`), so it
 * can never fall out of step with what the pages say.
 */

export interface LinkingPage {
  url: string;
  title: string;
  /** Every link target in the page's text, as written (`/begrippen/pepper/#ethisch`, `https://…`). */
  links: readonly string[];
}

/** The site paths among a page's link targets, without #anchor, once each. */
export function linkedPaths(links: readonly string[]): string[] {
  return [...new Set(links.filter((url) => url.startsWith('/') && !url.startsWith('//')).map((url) => url.split('#')[0]!))];
}

/**
 * Who links to whom: target path → the pages linking to it, sorted by title. A page linking to
 * itself does not count; `aliases` maps old URLs (redirects) to the pages' current ones.
 */
export function backlinkIndex(pages: LinkingPage[], aliases: Map<string, string> = new Map()): Map<string, { url: string; title: string }[]> {
  const index = new Map<string, { url: string; title: string }[]>();
  for (const page of pages) {
    for (const linked of linkedPaths(page.links)) {
      const target = aliases.get(linked) ?? linked;
      if (target === page.url) continue;
      const list = index.get(target) ?? [];
      list.push({ url: page.url, title: page.title });
      index.set(target, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  return index;
}
