// Dutch spell check of everything a reader sees: `npm run check:spelling` (part of `npm test`).
// Unknown words fail with file, line and word. A real misspelling is fixed in the text; a correct
// word the Dutch dictionary lacks goes in one of the lists in `.cspell/` (see the comment on top
// of each). Only the Dutch dictionary and those lists count: no English or software dictionaries.
import { visibleTextRanges } from './src/lib/visible-text.ts';

/** For `src/`: only the text a reader sees (template text, labels, prose strings), not the code. */
const visibleText = {
  name: 'visible-text',
  parse: (content, filename) => ({
    content,
    filename,
    parsedTexts: visibleTextRanges(content, filename).map(({ start, end }) => ({ text: content.slice(start, end), range: [start, end] })),
  }),
};

export default {
  version: '0.2',
  language: 'nl',
  loadDefaultConfiguration: false,
  import: ['@cspell/dict-nl-nl/cspell-ext.json'],
  dictionaryDefinitions: [
    { name: 'vakwoorden', path: './.cspell/vakwoorden.txt' },
    { name: 'namen', path: './.cspell/namen.txt' },
    { name: 'engels', path: './.cspell/engels.txt' },
  ],
  dictionaries: ['nl-nl', 'vakwoorden', 'namen', 'engels'],
  files: ['content/**/*.mdx', 'content/**/*.yaml', 'src/**/*.ts', 'src/**/*.astro'],
  // Tests hold deliberate typos; robots.txt speaks the crawlers' English.
  ignorePaths: ['src/**/*.test.ts', 'src/pages/robots.txt.ts'],
  maxNumberOfProblems: 100000,
  maxDuplicateProblems: 100000,
  minWordLength: 3,
  patterns: [
    // `aliases` are what readers type in the search box, on purpose also without trema
    // ("beinvloeder"), split ("ervarings kennis") or joined ("vrijeruimte"): search keys, not text.
    { name: 'search-aliases', pattern: /^aliases:[ \t]*\r?\n(?:[ \t]+-.*\r?\n)+/gm },
    // YAML keys (frontmatter, data files; also named in comments) and keys in `{ source: …, at: … }`.
    { name: 'yaml-key', pattern: /^[ \t]*(?:#[ \t]*)?(?:- )?[A-Za-z][\w-]*:(?=[ \t]|$)/gm },
    { name: 'flow-key', pattern: /(?<=[{,][ \t]*)[A-Za-z][\w-]*:(?=[ \t])/g },
    // Source keys (`lejo-2025`, `movisie-bto`) after `source`/`citedIn`, and any `name-2016`-style key.
    { name: 'source-key', pattern: /(?<=\b(?:source|citedIn)[:=][ \t]*["']?)[\w-]+|(?<=\bcitedIn:[ \t]*)\[[^\]]*\]|\b[a-z]+(?:-[a-z]+)*-(?:\d{4}|zd)[a-z]?\b/g },
    // Field names written in camelCase in notes and messages (`citedIn`, `redirectFrom`).
    { name: 'camel-case', pattern: /\b[a-z]+[A-Z]\w*/g },
    // Ids and anchors: `<Anchor id="…" />`, `id:` and `section:` in data, `#anker` in links.
    { name: 'anchor-id', pattern: /(?<=\b(?:id|section)[:=][ \t]*["']?)[\w-]+|#[\w-]+/g },
    // Addresses on this site: `/begrippen/pepper/#ethisch`, also in `related:` and `see:`.
    { name: 'site-path', pattern: /(?<![\w.])\/(?:[\w-]+\/)+(?:#[\w-]+)?/g },
    // File names and paths in messages and notes (`content/bronnen.yaml`, `src/pages`), domains (`vved.org`).
    { name: 'file-path', pattern: /\b(?:content|src|tests|scripts|word)\/[\w.\/-]*|\b[\w-]+\.(?:ya?ml|mdx?|tsx?|astro|docx|xml|json|txt|nl|org|com)\b|(?<!\w)\.(?:docx|md|markdown|txt)\b/g },
    // A compound's first part before "en"/"of" ("onderzoeks- en onderwijsinstellingen") and a glued
    // ending in brackets ("stigma(tisering)"): parts of words, not words.
    { name: 'word-part', pattern: /\p{L}+-(?=\s+(?:en|of|tot)\s)|(?<=\p{L})\(\p{Ll}+\)/gu },
    // A source's own misspelling, quoted as such: (op de pagina gespeld als "Famaceuten").
    { name: 'sic', pattern: /(?<=gespeld als ")[^"]+/g },
    // MDX components and their attribute names (`<Cite source="…" at="…" />`); `at` values are checked.
    { name: 'mdx-tag', pattern: /<\/?[A-Z][\w.]*|(?<=<[A-Z][^>]*\s)[A-Za-z-]+(?==)/g },
    // Code in Markdown: fenced blocks and `inline code`.
    { name: 'code-block', pattern: /^```[\s\S]*?^```/gm },
    { name: 'inline-code', pattern: /`[^`\n]+`/g },
    // Escapes in strings (`\n`) would otherwise glue a letter to the next word.
    { name: 'escape', pattern: /\\[nrt]/g },
  ],
  ignoreRegExpList: ['SpellCheckerDisable', 'SpellCheckerIgnoreInDocSetting', 'Urls', 'Email', 'search-aliases', 'yaml-key', 'flow-key', 'source-key', 'camel-case', 'anchor-id', 'site-path', 'file-path', 'word-part', 'mdx-tag', 'sic', 'code-block', 'inline-code', 'escape'],
  plugins: [{ parsers: [visibleText] }],
  overrides: [{ filename: ['src/**/*.ts', 'src/**/*.astro'], parser: 'visible-text' }],
};
