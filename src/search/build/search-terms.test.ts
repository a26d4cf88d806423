import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/content-model';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentModel } from '../../lib/content-model';
import { keepSearchTerms, pageSearchTerms, searchTermsOf } from './search-terms';

const FRONT = '---\nkind: begrip\ntitle: Ervaringskennis\nsummary: Ervaringskennis is wat je leert van wat je zelf hebt meegemaakt.\naudience: [studenten]\norder: 2\n---\n';

describe('hidden search terms', () => {
  it('come from the words a reader sees, never from a link address', () => {
    const page = parsePage('content/begrippen/x.mdx', `${FRONT}\nLees over [dit begrip](/kerntaken/beleid-en-strategie/).\n`);
    const terms = pageSearchTerms([{ url: page.url, data: { title: 'Ervaringskennis', aliases: [], summary: 'Kennis uit ervaring.' } as never, text: page.text }], ['Ervaringskennis']);
    const { terms: words } = terms.get(page.url)!;
    expect(words).toEqual(expect.arrayContaining(['ervaring', 'kennis']));
    expect(words).not.toContain('strategie');
    expect(words).not.toContain('kern');
  });

  it('are kept between builds for the same text and code, and made anew when either changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoektermen-'));
    const modelOf = (text: string) => {
      const page = parsePage('content/begrippen/x.mdx', `${FRONT}\n${text}\n`);
      const data = { title: 'Ervaringskennis', aliases: [], summary: 'Kennis uit ervaring.' };
      return { pages: [{ url: page.url, data, text: page.text }], glossary: [] } as unknown as ContentModel;
    };
    const first = keepSearchTerms(modelOf('Over ervaringskennis.'), { dir, codeKey: 'a' });
    expect(first.get('/begrippen/x/')!.terms).toEqual(expect.arrayContaining(['ervaring', 'kennis']));
    const [file] = readdirSync(dir);
    // A later build with the same text and code reads the kept file (here made recognisable).
    writeFileSync(join(dir, file!), JSON.stringify([['/begrippen/x/', { terms: ['bewaard'], nameParts: [] }]]));
    const again = modelOf('Over ervaringskennis.');
    expect(keepSearchTerms(again, { dir, codeKey: 'a' }).get('/begrippen/x/')!.terms).toEqual(['bewaard']);
    // ... and the pages get the same terms as the search index does.
    expect(searchTermsOf(again).get('/begrippen/x/')!.terms).toEqual(['bewaard']);
    expect(keepSearchTerms(modelOf('Over ervaringskennis.'), { dir, codeKey: 'b' }).get('/begrippen/x/')!.terms).toContain('kennis');
    expect(keepSearchTerms(modelOf('Over ervaringskennis en kennisbronnen.'), { dir, codeKey: 'a' }).get('/begrippen/x/')!.terms).toContain('bronnen');
  }, 20_000);
});
