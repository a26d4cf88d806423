/** "LEJO, 2025" + "§2.6" → "LEJO, 2025, §2.6" (the text inside the parentheses of a citation). */
export function citationText(label: string, at?: string): string {
  return at ? `${label}, ${at}` : label;
}

/** The source keys a page cites: its frontmatter sources first, then its <Cite>s in the order of the text. */
export function citedKeys(frontmatterSources: readonly { source: string }[], citations: readonly { source: string | undefined }[]): string[] {
  return [...new Set([...frontmatterSources.map((s) => s.source), ...citations.flatMap((c) => (c.source ? [c.source] : []))])];
}

/**
 * An APA-style reference to a page (or a section) of this site, with the date of consultation.
 * `published` is the page's date ("2026, 5 december", from its last change) or a year.
 */
export function apaCitation(options: { title: string; published: string; url: string; consulted: Date }): string {
  const date = options.consulted.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  return `Kennisbank Ervaringskennis. (${options.published}). ${options.title}. Geraadpleegd op ${date}, van ${options.url}`;
}

/**
 * What a citation refers to: the page, or one section of it when the reader came for a section
 * (`#anchor` in the address). APA names the part after the page title: "PEPPER: Ethisch".
 */
export function citedPart(page: { title: string; url: string }, section?: { title: string; id: string }): { title: string; url: string } {
  if (!section?.id || !section.title.trim()) return page;
  return { title: `${page.title}: ${section.title.trim()}`, url: `${page.url.split('#')[0]}#${section.id}` };
}
