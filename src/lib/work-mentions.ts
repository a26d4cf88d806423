/**
 * Where the site mentions a work that a source document cites. Pages name such works in their
 * own prose ("Van Erp e.a. (2022; geciteerd in ...)") rather than with a key, so the bibliography
 * finds the mentions by the work's label: its authors as the label gives them, then its year.
 * A work without a year ("z.d.", or a label that is only a name) is found by its name alone.
 */

/** "e.a." in a label: written as such, as "et al.", or as the co-authors ("Van Slooten, Sprinkhuizen & Weerman"). */
const ETAL = '(?:\\s+e\\.\\s*a\\.|\\s+et\\s+al\\.|(?:,\\s*[\\p{L}-]+(?:\\s+[\\p{L}-]+)*)*\\s+(?:&|en)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)*)';

/** A label's names and its year: "Bulsink e.a., 2023" → "Bulsink e.a." and "2023". */
function splitLabel(label: string): { names: string; year?: string } {
  const split = /^(.*),\s*(\d{4}|z\.d\.)$/.exec(label.trim());
  return split ? { names: split[1]!.trim(), year: split[2]! } : { names: label.trim() };
}

/** A pattern for a label such as "Van der Kooij & Keuzenkamp, 2018" or "Bulsink e.a., 2023". */
export function mentionPattern(label: string): RegExp | undefined {
  const { names, year } = splitLabel(label);
  if (!names) return undefined;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const authors = names
    .split(/\s+(?:&|en)\s+/)
    .map((name) => {
      const etal = /\s+e\.a\.$/.exec(name);
      return escape(etal ? name.slice(0, etal.index) : name).replace(/\s+/g, '\\s+') + (etal ? ETAL : '');
    })
    .join('\\s+(?:&|en)\\s+');
  // "De Jonge" is also written "de Jonge" (and "Van de Bovenkamp" as "van de Bovenkamp").
  const first = authors.charAt(0);
  const start = /[a-z]/i.test(first) ? `[${first.toLowerCase()}${first.toUpperCase()}]${authors.slice(1)}` : authors;
  // Not the second author of another work ("Van Hoorn & Keuzenkamp" is no mention of "Keuzenkamp").
  const before = '(?<![\\p{L}-])(?<!\\p{L}\\s+(?:&|en)\\s+)';
  // With a year, the year follows after a comma, a space or "("; without one, the name must end there
  // ("Timmer" is no mention in "Van Gestel-Timmermans").
  const after = year && year !== 'z.d.' ? `[\\s,(]+${escape(year)}` : '(?![\\p{L}-])';
  return new RegExp(`${before}${start}${after}`, 'u');
}

/**
 * The pages (by URL) whose text mentions the work with this label. The bibliography asks this for
 * every work and every page, and the pattern (whose look-behinds make it try every position) is
 * slow on a long text; a mention with a year has that year in it, so a page without it is passed
 * over first. That halves the work: most pages that have the year also have the mention.
 */
export function pagesMentioning(label: string, pages: { url: string; text: string }[]): string[] {
  const pattern = mentionPattern(label);
  if (!pattern) return [];
  const { year } = splitLabel(label);
  const mayMention = year && year !== 'z.d.' ? (text: string) => text.includes(year) : () => true;
  return pages.filter((page) => mayMention(page.text) && pattern.test(page.text)).map((page) => page.url);
}
