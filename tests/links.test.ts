/**
 * Every link in the built site works, anchors included, and says where it goes. (The content
 * check already stops the build on a broken link in content/; this also covers what layouts,
 * components and generated pages link to.)
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, vagueLinks } from './support/links';
import { assertBuilt, DIST } from './support/site';

describe('links in the built site', () => {
  assertBuilt();

  it('every internal link, asset and #anchor resolves', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('no link text is vague ("hier", "lees meer", ...)', () => {
    expect(vagueLinks(DIST)).toEqual([]);
  });

  it('the checks catch a broken anchor, a missing asset and a vague link (fixture)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dist, 'a'));
      writeFileSync(join(dist, 'index.html'), '<main><h2 id="x">X</h2><a href="/a/#y">A</a> <a href="#z">z</a> <img src="/weg.png"> <a href="/a/">Klik hier</a></main>');
      writeFileSync(join(dist, 'a', 'index.html'), '<main><h2 id="b">B</h2></main>');
      expect(brokenLinks(dist)).toEqual([
        '/: href="/a/#y": /a/#y: /a/ heeft geen anker #y meer (houd het oude anker in leven met <Anchor id="y" /> bij de nieuwe kop)',
        '/: href="#z": no such id on the page',
        '/: src="/weg.png": not in the build',
      ]);
      expect(vagueLinks(dist)).toEqual(['/: link text "klik hier"']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
