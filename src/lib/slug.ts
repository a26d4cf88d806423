/**
 * Heading anchors and page slugs. One rule for the whole site, so that the anchor a trainer
 * copied yesterday is the anchor the build makes today:
 * - lowercase, accents dropped (`beïnvloeding` → `beinvloeding`), as the site map demands;
 * - a leading section number is not part of the anchor (`3.1 Kwaliteitsargumenten` →
 *   `kwaliteitsargumenten`), so renumbering a document does not break links;
 * - everything that is not a letter or digit becomes a single `-`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:hoofdstuk\s+)?\d+(?:\.\d+)*\.?(?=\s)/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The public URL of a content file, from its path relative to `content/` (`begrippen/index.mdx` → `/begrippen/`). */
export function urlFromContentPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.mdx?$/, '');
  const segments = withoutExtension.split('/').filter((segment) => segment !== 'index');
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** The content-collection id of a page: its URL without the outer slashes (`/begrippen/ervaring/` → `begrippen/ervaring`). */
export function idFromUrl(url: string): string {
  return url.replace(/^\/|\/$/g, '');
}
