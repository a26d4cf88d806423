import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESULT_FILES_DIR } from '../contract';
import type { PagefindFragment } from '../pagefind-adapter';
import { resolve } from 'node:path';
import { loadContentModel } from '../../lib/site-files';
import { searchTermsOf } from './search-terms';
import { hiddenTermsFromModel } from './hidden-terms';
import { writeResultFiles } from './result-files';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'kennisbank-result-files-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const fragment = (url: string, content: string): PagefindFragment => ({ url, content, meta: { title: url }, anchors: [] });

describe('hiddenTermsFromModel', () => {
  it("gives a page's search terms from the content model, under a base path too, and none for generated pages", () => {
    const model = loadContentModel(resolve(import.meta.dirname, '../../..'));
    const terms = searchTermsOf(model).get('/begrippen/ervaringskennis/')!.terms;
    expect(terms.length).toBeGreaterThan(0);
    expect(hiddenTermsFromModel(model, '/')('/begrippen/ervaringskennis/')).toEqual(terms);
    expect(hiddenTermsFromModel(model, '/kennisbank/')('/kennisbank/begrippen/ervaringskennis/')).toEqual(terms);
    expect(hiddenTermsFromModel(model, '/')('/zoeken/')).toEqual([]);
  });
});

describe('writeResultFiles', () => {
  it('takes the hidden terms from the source it is given, per page URL', async () => {
    const asked: string[] = [];
    const written = await writeResultFiles(site, new Map([['nl_1', fragment('/a/', 'Een twee drie. extra woord.')]]), (url) => {
      asked.push(url);
      return ['extra', 'woord'];
    });
    expect(asked).toEqual(['/a/']);
    expect(written.pages).toBe(1);
    const files = readdirSync(join(site, RESULT_FILES_DIR), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(written.files).toBe(files.length);
    const card = JSON.parse(readFileSync(join(site, RESULT_FILES_DIR, 'nl_1.json'), 'utf8')) as { words: number };
    // The card's text ends before the hidden terms.
    expect(card.words).toBe(3);
  });

  it('stops with the page named when its text does not end with its hidden terms', async () => {
    await expect(writeResultFiles(site, new Map([['nl_1', fragment('/a/', 'Een twee drie.')]]), () => ['extra'])).rejects.toThrow(/Zoekresultaten voor \/a\/: verwacht dat de verborgen zoektermen \("extra …"\)/);
  });

  it("takes over a page's files from the previous build when they are the same, and writes the others", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'kennisbank-vorige-'));
    const previous = { dir: join(cache, 'vorige-resultaten'), manifest: join(cache, 'vorige-resultaten.json') };
    const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
    const pages = (b: string) => new Map([['nl_a', fragment('/a/', words(300, 'aap'))], ['nl_b', fragment('/b/', words(300, b))]]);
    const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
    const first = await writeResultFiles(site, pages('beer'), () => [], previous);
    expect(first.keptPages).toBe(0);
    // The next build: the old output's result folder is set aside (src/integrations/old-output.ts).
    renameSync(join(site, RESULT_FILES_DIR), previous.dir);
    const next = mkdtempSync(join(tmpdir(), 'kennisbank-result-files-'));
    const second = await writeResultFiles(next, pages('bever'), () => [], previous);
    expect(second.keptPages).toBe(1);
    expect(second.files).toBe(first.files);
    // The same files as a build without anything to take over writes, and nothing is left behind.
    const fresh = mkdtempSync(join(tmpdir(), 'kennisbank-result-files-'));
    await writeResultFiles(fresh, pages('bever'), () => []);
    expect(filesOf(join(next, RESULT_FILES_DIR))).toEqual(filesOf(join(fresh, RESULT_FILES_DIR)));
    expect(existsSync(previous.dir)).toBe(false);
    // Without a manifest (a build stopped halfway) nothing is taken over.
    renameSync(join(next, RESULT_FILES_DIR), previous.dir);
    rmSync(previous.manifest);
    const third = mkdtempSync(join(tmpdir(), 'kennisbank-result-files-'));
    expect((await writeResultFiles(third, pages('bever'), () => [], previous)).keptPages).toBe(0);
    expect(filesOf(join(third, RESULT_FILES_DIR))).toEqual(filesOf(join(fresh, RESULT_FILES_DIR)));
    for (const dir of [cache, next, fresh, third]) rmSync(dir, { recursive: true, force: true });
  });
});
