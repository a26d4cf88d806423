/**
 * The URL contract: every page URL and every anchor the site has ever published stays a working
 * link. Trainers paste them into lesson plans, so a URL may move (with a redirect) or a heading
 * may be renamed (with an alias anchor), but nothing may simply disappear.
 *
 * The contract is a committed text file (`tests/url-contract.txt`), one `/path/` or
 * `/path/#anchor` per line; `npm run contract:update` adds what the built site newly publishes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a build in `dist/` publishes: pages with their anchors, and redirects. */
export interface PublishedSite {
  /** Page path (without base) → the ids a link can point to inside its main content. */
  pages: Map<string, Set<string>>;
  /** Old path → new path (without base), from the pages left behind by renamed pages. */
  redirects: Map<string, string>;
}

const REFRESH = /<meta\s+http-equiv="refresh"\s+content="0;\s*url=([^"]+)"/i;
const MAIN = /<main[\s>][\s\S]*<\/main>/i;
const ID = /\sid="([^"]+)"/g;

/** Reads one built HTML file into the site model. `path` is its page path without base. */
export function addPublishedPage(site: PublishedSite, path: string, html: string, base = '/'): void {
  const refresh = REFRESH.exec(html);
  if (refresh?.[1]) {
    const target = refresh[1].startsWith(base) ? `/${refresh[1].slice(base.length)}` : refresh[1];
    site.redirects.set(path, target.replace(/^\/+/, '/'));
    return;
  }
  const main = MAIN.exec(html)?.[0] ?? '';
  site.pages.set(path, new Set([...main.matchAll(ID)].map((match) => match[1] ?? '')));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Reads a built site. Only `index.html` files are pages (`404.html` is no address of its own). */
export function readPublishedSite(dist: string, base = '/'): PublishedSite {
  const site: PublishedSite = { pages: new Map(), redirects: new Map() };
  for (const file of htmlFiles(dist)) {
    const rel = relative(dist, file).split(sep).join('/');
    if (!rel.endsWith('index.html')) continue;
    const path = `/${rel.slice(0, -'index.html'.length)}`;
    addPublishedPage(site, path, readFileSync(file, 'utf8'), base);
  }
  return site;
}

/** Every address the site publishes now: each page, and each anchor on it. */
export function publishedAddresses(site: PublishedSite): string[] {
  return [...site.pages].flatMap(([path, ids]) => [path, ...[...ids].map((id) => `${path}#${id}`)]);
}

/** The entries of a contract file: one address per line; blank lines and `# comments` skipped. */
export function parseContract(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
}

/** Follows redirects (at most a few hops, so a loop cannot hang the check). */
function resolvePage(site: PublishedSite, path: string): string | undefined {
  let current = path;
  for (let hop = 0; hop < 5; hop++) {
    if (site.pages.has(current)) return current;
    const next = site.redirects.get(current);
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

/** Why a contract entry no longer works, or undefined when it does. */
export function brokenPromise(site: PublishedSite, entry: string): string | undefined {
  const [path = '', anchor] = entry.split('#');
  const page = resolvePage(site, path);
  if (!page) {
    return `${entry}: de pagina ${path} bestaat niet meer en geen doorverwijzing houdt het adres in leven (zet "redirectFrom: [${path}]" in de frontmatter van de nieuwe pagina)`;
  }
  if (anchor !== undefined && !site.pages.get(page)?.has(anchor)) {
    return `${entry}: ${page} heeft geen anker #${anchor} meer (houd het oude anker in leven met <Anchor id="${anchor}" /> bij de nieuwe kop)`;
  }
  return undefined;
}

export interface ContractReport {
  /** Published addresses that no longer work, with the reason and the fix. */
  broken: string[];
  /** Addresses the site publishes that the contract does not list yet. */
  unlisted: string[];
}

export function checkContract(entries: string[], site: PublishedSite): ContractReport {
  const listed = new Set(entries);
  return {
    broken: entries.flatMap((entry) => brokenPromise(site, entry) ?? []),
    unlisted: publishedAddresses(site).filter((address) => !listed.has(address)),
  };
}

/** The contract after a build: everything it promised, plus everything newly published, sorted. */
export function updatedContract(entries: string[], site: PublishedSite): string[] {
  return [...new Set([...entries, ...publishedAddresses(site)])].sort();
}
