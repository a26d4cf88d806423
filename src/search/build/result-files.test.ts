import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
});
