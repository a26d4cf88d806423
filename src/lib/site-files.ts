/**
 * Reads the content folder from disk into the content model (src/lib/content-model.ts), once per
 * build. The Astro config, the content check and the pages all ask for the model; they run in one
 * process, so the first asks and the others get the same records. In `astro dev` a changed file
 * makes a new model: the key includes every file's modification time.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildContentModel, type ContentFiles, type ContentModel, type ParsedPage } from './content-model';

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

/** The content model of the project at `root`, read from disk once (again only when a file changed). */
export function loadContentModel(root: string): ContentModel {
  const now = stamp(root);
  const cached = cache.get(root);
  if (cached?.stamp === now) return cached.model;
  const model = buildContentModel(readContentFiles(root));
  cache.set(root, { stamp: now, model });
  return model;
}

/** Every MDX page as read, valid or not (for checks and tests). */
export function readPages(root: string): ParsedPage[] {
  return loadContentModel(root).parsed.filter((page) => !page.isData);
}
