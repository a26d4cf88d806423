/**
 * "Hier genoemd": for each page, the pages whose text links to it. Made at build time from the
 * links in the content itself, so it can never fall out of step with what the pages say.
 */

export interface LinkingPage {
  url: string;
  title: string;
  /** The page's MDX text (frontmatter excluded). */
  body: string;
}

/** The site paths a page's text links to: Markdown links and `<a href>`, without #anchor. */
export function linkedPaths(body: string): string[] {
  const targets = [...body.matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)|href="(\/[^"#]*)(?:#[^"]*)?"/g)].map((match) => match[1] ?? match[2] ?? '');
  return [...new Set(targets.filter((path) => path.startsWith('/')))];
}

/**
 * Who links to whom: target path → the pages linking to it, sorted by title. A page linking to
 * itself does not count; `aliases` maps old URLs (redirects) to the pages' current ones.
 */
export function backlinkIndex(pages: LinkingPage[], aliases: Map<string, string> = new Map()): Map<string, { url: string; title: string }[]> {
  const index = new Map<string, { url: string; title: string }[]>();
  for (const page of pages) {
    for (const linked of linkedPaths(page.body)) {
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
