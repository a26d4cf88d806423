/** The A–Z glossary: terms from page titles and aliases-free data terms, sorted and grouped by letter. */
import { slugify } from './slug';

export interface GlossaryTerm {
  term: string;
  definition: string;
  /** Site URL of the term's own page, if it has one. */
  url?: string;
}
export interface GlossaryLetter {
  letter: string;
  terms: (GlossaryTerm & { id: string })[];
}

/** Sorts terms Dutch-style, gives each its anchor, and groups them by first letter. */
export function groupGlossary(terms: GlossaryTerm[]): GlossaryLetter[] {
  const seen = new Map<string, string>();
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }));
  const groups: GlossaryLetter[] = [];
  for (const term of sorted) {
    const id = slugify(term.term);
    const earlier = seen.get(id);
    if (earlier) throw new Error(`begrippenlijst: "${term.term}" en "${earlier}" krijgen hetzelfde anker #${id}; verwacht één term per anker`);
    seen.set(id, term.term);
    const letter = term.term.normalize('NFD').charAt(0).toUpperCase();
    const group = groups[groups.length - 1];
    if (group?.letter === letter) group.terms.push({ ...term, id });
    else groups.push({ letter, terms: [{ ...term, id }] });
  }
  return groups;
}

/** Anchor ids of the glossary, for the content check. */
export function glossaryAnchors(terms: string[]): string[] {
  return terms.map(slugify);
}
