/**
 * Reads the content folder from disk into the content model (src/lib/content-model.ts), once per
 * build. The Astro config, the content check and the pages all ask for the model; they run in one
 * process, so the first asks and the others get the same records. In `astro dev` a changed file
 * makes a new model: the key includes every file's modification time.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildCachePath, writeCacheFile } from './build-cache';
import type { Root } from 'mdast';
import { buildContentModel, parsePage, type ContentFiles, type ContentModel, type ParsedPage } from './content-model';

const PAGE_FILES = '**/*.{md,mdx}';

function contentFileList(root: string): { pages: string[]; routes: string[] } {
  const contentDir = join(root, 'content');
  const pages = globSync(PAGE_FILES, { cwd: contentDir })
    .filter((file) => !/(^|\/)README\.md$/.test(file))
    .sort()
    .map((file) => relative(root, join(contentDir, file)));
  const routes = globSync('leerroutes/*.yaml', { cwd: contentDir })
    .sort()
    .map((file) => relative(root, join(contentDir, file)));
  return { pages, routes };
}

const DATA_FILES = {
  sources: 'content/bronnen.yaml',
  glossary: 'content/data/begrippenlijst.yaml',
  cirkelmodel: 'content/data/cirkelmodel.yaml',
  implementatie: 'content/data/implementatie.yaml',
} as const;

/** The text of every file the model reads. */
export function readContentFiles(root: string): ContentFiles {
  const read = (file: string) => {
    try {
      return { file, text: readFileSync(join(root, file), 'utf8') };
    } catch (error) {
      throw new Error(`${file} is niet te lezen (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); verwacht dit bestand in de map content/ van het project`);
    }
  };
  const { pages, routes } = contentFileList(root);
  return {
    pages: pages.map(read),
    routes: routes.map(read),
    sources: read(DATA_FILES.sources),
    glossary: read(DATA_FILES.glossary),
    cirkelmodel: read(DATA_FILES.cirkelmodel),
    implementatie: read(DATA_FILES.implementatie),
  };
}

/** What the files look like now: their names and modification times. */
function stamp(root: string): string {
  const { pages, routes } = contentFileList(root);
  return [...pages, ...routes, ...Object.values(DATA_FILES)].map((file) => `${file}@${statSync(join(root, file)).mtimeMs}`).join('\n');
}

// On globalThis: the config and the prerendered pages load this module separately, in one process.
const cache = ((globalThis as { __kennisbankContentModel?: Map<string, { stamp: string; model: ContentModel }> }).__kennisbankContentModel ??= new Map());

/**
 * The content model of the project at `root`, read from disk once (again only when a file changed).
 * `keepTree` gets the tree of each page this call parses (not of pages kept from an earlier build).
 */
export function loadContentModel(projectRoot: string, options: { keepTree?: (document: string, tree: Root) => void } = {}): ContentModel {
  // One key however the caller spells the folder (Astro's config.root ends in a slash, process.cwd() does not).
  const root = resolve(projectRoot);
  const now = stamp(root);
  const cached = cache.get(root);
  if (cached?.stamp === now) return cached.model;
  const pages = new ParsedPageCache(root, options.keepTree);
  const model = buildContentModel(readContentFiles(root), (file, text) => pages.parse(file, text));
  pages.save();
  cache.set(root, { stamp: now, model });
  return model;
}

/**
 * Pages as an earlier build read them, by a hash of their file and text: most builds change a
 * few pages, and parsing MDX is most of the model's cost. The key also holds the reader itself
 * (src/lib/content-model.ts) and the versions of the parsers, so a change to either reads anew.
 * Kept beside the other tools' caches in node_modules/.cache, never committed.
 */
class ParsedPageCache {
  private readonly file: string;
  private readonly reader: string;
  private readonly earlier = new Map<string, ParsedPage>();
  private readonly now = new Map<string, ParsedPage>();

  constructor(
    root: string,
    private readonly keepTree?: (document: string, tree: Root) => void,
  ) {
    this.file = buildCachePath(root, 'pages.json');
    const sources = ['src/lib/content-model.ts', ...['remark-parse', 'remark-mdx', 'remark-gfm', 'yaml'].map((name) => `node_modules/${name}/package.json`)];
    this.reader = hash(sources.map((file) => readOptional(join(root, file))).join('\0'));
    try {
      const kept = JSON.parse(readFileSync(this.file, 'utf8')) as { reader: string; pages: [string, ParsedPage][] };
      if (kept.reader === this.reader) for (const [key, page] of kept.pages) this.earlier.set(key, page);
    } catch {
      // No cache yet, or an unreadable one: every page is read.
    }
  }

  parse(file: string, text: string): ParsedPage {
    const key = hash(`${file}\0${text}`);
    const page = this.earlier.get(key) ?? parsePage(file, text, this.keepTree);
    this.now.set(key, page);
    return page;
  }

  /** Keeps the pages of this build (and only those). */
  save(): void {
    try {
      writeCacheFile(this.file, JSON.stringify({ reader: this.reader, pages: [...this.now] }));
    } catch {
      // A read-only folder only costs the next build its head start.
    }
  }
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Every MDX page as read, valid or not (for checks and tests). */
export function readPages(root: string): ParsedPage[] {
  return loadContentModel(root).parsed.filter((page) => !page.isData);
}
