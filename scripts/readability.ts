// Readability figures per content page: words, average sentence length (words per sentence) and
// the share of long words (13+ letters), for the summary, the openings of the sections and the
// whole body. What counts and why: src/lib/readability.ts. Usage:
//   npm run readability                        the pages as they are now
//   npm run readability -- --ref 176ddbc       the pages at a commit
//   npm run readability -- --compare 176ddbc   that commit beside now: the ten longest pages, medians
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { averageSentenceLength, figuresOf, isLongWord, longWordShare, median, proseOfPage, readabilityOf, wordsOf, type PageReadability, type TextFigures } from '../src/lib/readability.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** Content pages (MDX) by URL, from the work tree or from a commit. */
function readPages(ref?: string): Map<string, string> {
  const files = ref
    ? execFileSync('git', ['ls-tree', '-r', '--name-only', ref, '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).split('\n')
    : globSync('content/**/*.mdx', { cwd: ROOT });
  const pages = new Map<string, string>();
  for (const file of files.filter((name) => name.endsWith('.mdx')).sort()) {
    const text = ref ? execFileSync('git', ['show', `${ref}:${file}`], { cwd: ROOT, encoding: 'utf8' }) : readFileSync(join(ROOT, file), 'utf8');
    pages.set(urlOf(file), text);
  }
  return pages;
}

function urlOf(file: string): string {
  const path = relative('content', file).replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
  return `/${path}${path ? '/' : ''}`;
}

const one = (value: number) => value.toFixed(1).replace('.', ',');
const percent = (value: number) => `${Math.round(value * 100)}%`;
const cells = (figures: TextFigures) => [figures.sentences ? one(averageSentenceLength(figures)) : '–', figures.words ? percent(longWordShare(figures)) : '–'];

function table(rows: string[][], rightAligned = new Set<number>()): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd()).join('\n');
}

type Figures = Map<string, PageReadability>;
const PARTS = [
  ['samenvatting', (page: PageReadability) => page.summary],
  ['openingen', (page: PageReadability) => page.openings],
  ['hele tekst', (page: PageReadability) => page.body],
] as const;

function pageTable(figures: Figures): string {
  const header = ['pagina', 'woorden', 'secties', ...PARTS.flatMap(([name]) => [`${name}: w/zin`, 'lang'])];
  const rows = [...figures].sort(([, a], [, b]) => b.body.words - a.body.words).map(([url, page]) => [url, String(page.body.words), String(page.sections), ...PARTS.flatMap(([, part]) => cells(part(page)))]);
  return table([header, ...rows], new Set(header.map((_, column) => column).slice(1)));
}

const medianOf = (figures: Figures, value: (page: PageReadability) => number) => median([...figures.values()].map(value));

function medians(figures: Figures): [string, number, (value: number) => string][] {
  return [
    ['woorden per pagina', medianOf(figures, (page) => page.body.words), String],
    ...PARTS.flatMap(([name, part]): [string, number, (value: number) => string][] => [
      [`${name}: woorden per zin`, medianOf(figures, (page) => averageSentenceLength(part(page))), one],
      [`${name}: lange woorden`, medianOf(figures, (page) => longWordShare(part(page))), percent],
    ]),
  ];
}

function worst(figures: Figures, count = 5): string {
  const lines: string[] = [];
  for (const [name, part] of PARTS) {
    const ranked = [...figures].filter(([, page]) => part(page).sentences).sort(([, a], [, b]) => averageSentenceLength(part(b)) - averageSentenceLength(part(a)));
    lines.push(`Langste zinnen, ${name}: ${ranked.slice(0, count).map(([url, page]) => `${url} (${one(averageSentenceLength(part(page)))})`).join(', ')}`);
  }
  const long = [...figures].sort(([, a], [, b]) => longWordShare(b.body) - longWordShare(a.body));
  lines.push(`Meeste lange woorden, hele tekst: ${long.slice(0, count).map(([url, page]) => `${url} (${percent(longWordShare(page.body))})`).join(', ')}`);
  return lines.join('\n');
}

/** The long words that come back most, over all pages: mostly the field's own terms. */
function commonLongWords(pages: Map<string, string>, count = 12): string {
  const tally = new Map<string, number>();
  for (const text of pages.values()) {
    for (const word of proseOfPage(text).body.flatMap(wordsOf).filter(isLongWord)) {
      const key = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
  }
  return [...tally].sort((a, b) => b[1] - a[1]).slice(0, count).map(([word, n]) => `${word} (${n})`).join(', ');
}

function report(ref?: string): void {
  const pages = readPages(ref);
  const figures: Figures = new Map([...pages].map(([url, text]) => [url, readabilityOf(text)]));
  const all = figuresOf([...pages.values()].flatMap((text) => proseOfPage(text).body));
  console.log(`Leesbaarheid${ref ? ` bij ${ref}` : ''}: ${pages.size} pagina's, ${all.words} woorden lopende tekst. w/zin = woorden per zin, lang = woorden van 13+ letters.\n`);
  console.log(pageTable(figures));
  console.log(`\nMediaan over de pagina's:\n${table(medians(figures).map(([name, value, format]) => [name, format(value)]), new Set([1]))}\n`);
  console.log(worst(figures));
  console.log(`Vaakste lange woorden: ${commonLongWords(pages)}`);
}

function compare(ref: string): void {
  const pagesBefore = readPages(ref);
  const pagesAfter = readPages();
  const before: Figures = new Map([...pagesBefore].map(([url, text]) => [url, readabilityOf(text)]));
  const after: Figures = new Map([...pagesAfter].map(([url, text]) => [url, readabilityOf(text)]));
  const total = (figures: Figures) => [...figures.values()].reduce((sum, page) => sum + page.body.words, 0);
  const fileWords = (text: string | undefined) => (text === undefined ? '–' : String(wordsOf(text).length));
  const change = (from: number, to: number | undefined) => (to === undefined ? 'weg' : `${Math.round((to / from - 1) * 100)}%`);
  console.log(`Leesbaarheid bij ${ref} → nu. Tekst: woorden lopende tekst (zonder frontmatter, koppen, componenten, bronvermeldingen, tabellen en code); bestand: alle woorden in het MDX-bestand.\n`);
  const longest = [...before].sort(([, a], [, b]) => b.body.words - a.body.words).slice(0, 10);
  const rows = longest.map(([url, page]) => [url, String(page.body.words), String(after.get(url)?.body.words ?? '–'), change(page.body.words, after.get(url)?.body.words), fileWords(pagesBefore.get(url)), fileWords(pagesAfter.get(url))]);
  console.log(`De tien langste pagina's:\n${table([['pagina', 'tekst vóór', 'na', 'verschil', 'bestand vóór', 'na'], ...rows], new Set([1, 2, 3, 4, 5]))}`);
  console.log(`Alle pagina's samen: ${total(before)} → ${total(after)} woorden lopende tekst (${before.size} → ${after.size} pagina's).\n`);
  const mediansAfter = medians(after);
  const medianRows = medians(before).map(([name, value, format], i) => [name, format(value), format(mediansAfter[i]![1])]);
  console.log(`Mediaan over de pagina's:\n${table([['', 'vóór', 'na'], ...medianRows], new Set([1, 2]))}\n`);
  console.log(`Vóór:\n${worst(before)}\n\nNa:\n${worst(after)}`);
}

const compareRef = option('--compare');
if (compareRef) compare(compareRef);
else report(option('--ref'));
