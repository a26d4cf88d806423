import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/content-model';
import { pageSearchTerms } from './search-terms';

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
});

