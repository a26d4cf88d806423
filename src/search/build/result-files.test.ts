import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIDDEN_TERMS_ATTRIBUTE, RESULT_FILES_DIR } from '../contract';
import type { PagefindFragment } from '../pagefind-adapter';
import { hiddenTermsFromHtml } from './hidden-terms';
import { writeResultFiles } from './result-files';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'kennisbank-result-files-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const fragment = (url: string, content: string): PagefindFragment => ({ url, content, meta: { title: url }, anchors: [] });

describe('hiddenTermsFromHtml', () => {
  it("reads a built page's hidden search terms, and none from a page without them", async () => {
    mkdirSync(join(site, 'begrippen/herstel'), { recursive: true });
    writeFileSync(join(site, 'begrippen/herstel/index.html'), `<article><p>Tekst</p><span hidden data-pagefind-index-attrs="${HIDDEN_TERMS_ATTRIBUTE}" ${HIDDEN_TERMS_ATTRIBUTE}="herstel proces  vanzelf"></span></article>`);
    writeFileSync(join(site, '404.html'), '<p>Niet gevonden</p>');
    const terms = hiddenTermsFromHtml(site);
    expect(await terms('/begrippen/herstel/')).toEqual(['herstel', 'proces', 'vanzelf']);
    expect(await terms('/404.html')).toEqual([]);
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
