/**
 * A page's MDX is parsed once per build. The content model parses every page when the config
 * loads (src/lib/content-model.ts); Astro's MDX compile parses it again later, the same text with
 * the same parser (remark-parse with MDX and GFM). Parsing is the larger part of compiling. So the
 * content model keeps each tree it parsed under the exact text it parsed (`keep`), and a remark
 * plugin (remarkParsedTrees) gives the compile that tree when it asks to parse the same text.
 * Any other text (a page edited in `astro dev`, a text Astro hands over differently after an
 * upgrade) is parsed as before.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';

export class ParsedTrees {
  /**
   * Trees by the text they were parsed from. Two pages can have the same text (the frontmatter
   * is blanked, so pages that differ only there do): each gets a tree of its own, and any tree of
   * a text serves, as the same text always parses to the same tree.
   */
  private readonly trees = new Map<string, Root[]>();

  /** Keeps `tree`, parsed from `document`, for the compile. */
  readonly keep = (document: string, tree: Root): void => {
    const kept = this.trees.get(document);
    if (kept) kept.push(tree);
    else this.trees.set(document, [tree]);
  };

  /** A tree parsed from exactly `document`, handed over once: the compile changes it. */
  take(document: string): Root | undefined {
    const kept = this.trees.get(document);
    const tree = kept?.pop();
    if (kept?.length === 0) this.trees.delete(document);
    return tree;
  }

  /** How many trees are kept and not yet handed over. */
  get size(): number {
    let count = 0;
    for (const kept of this.trees.values()) count += kept.length;
    return count;
  }
}

/**
 * Remark plugin: parses with the tree kept in `trees` when there is one for this text, and with
 * the processor's own parser otherwise. It replaces the parser (unified lets a plugin set
 * `this.parser`), so it must come after remark-parse, as every remark plugin does.
 */
export function remarkParsedTrees(this: Processor, trees: ParsedTrees): void {
  const parse = this.parser;
  if (!parse) throw new Error('remarkParsedTrees: de processor kan de pagina nog niet lezen; verwacht `remark-parse` vóór deze stap');
  this.parser = (document, file) => trees.take(document) ?? parse(document, file);
}
