import { describe, expect, it } from 'vitest';
import { cssImports, gzipSize, pageReferences, staticImports } from './page-weight';

describe('pageReferences', () => {
  it('finds external scripts, module preloads and style sheets, in any attribute order and quoting', () => {
    const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link href='/_astro/b.js' rel=modulepreload><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://x.nl/"></head>
      <body><script type="module" src="/_astro/c.js"></script><script src=/d.js defer></script></body>`;
    expect(pageReferences(html)).toEqual({ scripts: ['/_astro/c.js', '/d.js', '/_astro/b.js'], styles: ['/_astro/a.css'], inlineScripts: [], inlineStyles: [] });
  });

  it('counts inline code, but not JSON data blocks', () => {
    const html = '<style>p{color:red}</style><script>location.replace(x)</script><script type="application/ld+json">{"a":1}</script>';
    const refs = pageReferences(html);
    expect(refs.inlineScripts).toEqual(['location.replace(x)']);
    expect(refs.inlineStyles).toEqual(['p{color:red}']);
  });
});

describe('staticImports', () => {
  it('follows the imports a module needs before it runs', () => {
    const js = 'import{a as b}from"./chunk.A.js";import"./side.js";import c,{d}from\'./e.js\';export*from"./f.js";export{g}from"./g.js";b()';
    expect(staticImports(js)).toEqual(['./chunk.A.js', './side.js', './e.js', './f.js', './g.js']);
  });

  it('leaves out dynamic import() (Pagefind loads only when the reader searches)', () => {
    expect(staticImports('let p=await import(`${b}/pagefind/pagefind.js`);const q=import("./lazy.js")')).toEqual([]);
  });
});

describe('cssImports', () => {
  it('finds @import in its three spellings', () => {
    expect(cssImports('@import "a.css";@import url(b.css);@import url("/c.css") print;p{}')).toEqual(['a.css', 'b.css', '/c.css']);
  });
});

describe('gzipSize', () => {
  it('counts compressed bytes, the same for text and its UTF-8 bytes', () => {
    const text = 'ervaringskennis '.repeat(100);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
    expect(gzipSize(new TextEncoder().encode(text))).toBe(gzipSize(text));
  });
});
