/**
 * Readability figures of a content page (`npm run readability`): words, average sentence length
 * and the share of long words, for the summary, the opening of each section and the whole body.
 *
 * Only running text counts: paragraphs, list items and quotes. Frontmatter (apart from the
 * summary), headings, MDX components and citations, tables and code are left out.
 *
 * A long word has 13 letters or more. Dutch writes compounds as one word, so letters measure what
 * makes a word hard here: "ervaringskennis" (15) and "implementatie" (13) count, ordinary words such
 * as "belangrijk" or "ervaringen" (10) do not. A syllable count (3 or more) would flag half of
 * everyday Dutch ("ervaring", "gebruiken") and say little.
 */
import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export const LONG_WORD_LETTERS = 13;

export interface TextFigures {
  words: number;
  sentences: number;
  longWords: number;
}

/** The running text of a page, as blocks of text (a paragraph, a list item). */
export interface PageProse {
  summary: string[];
  /** The first paragraph or list after the page's title and after each heading. */
  openings: string[][];
  body: string[];
}

export interface PageReadability {
  summary: TextFigures;
  /** All section openings taken together. */
  openings: TextFigures;
  body: TextFigures;
  sections: number;
}

// Only packages imported here: `scripts/readability.ts` runs this file in plain Node.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const sentences = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** Words as a reader counts them: whatever stands between spaces and has a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

export function isLongWord(word: string): boolean {
  return (word.match(/\p{L}/gu)?.length ?? 0) >= LONG_WORD_LETTERS;
}

/** Figures of some blocks of text; a sentence never runs on from one block into the next. */
export function figuresOf(blocks: readonly string[]): TextFigures {
  const figures: TextFigures = { words: 0, sentences: 0, longWords: 0 };
  for (const block of blocks) {
    for (const { segment } of sentences.segment(block)) {
      const words = wordsOf(segment);
      if (!words.length) continue;
      figures.sentences += 1;
      figures.words += words.length;
      figures.longWords += words.filter(isLongWord).length;
    }
  }
  return figures;
}

export const averageSentenceLength = (figures: TextFigures): number => (figures.sentences ? figures.words / figures.sentences : 0);
export const longWordShare = (figures: TextFigures): number => (figures.words ? figures.longWords / figures.words : 0);

/** The text a reader reads in a node: link text yes, citations, code and other components no. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      return ' ';
    case 'inlineCode':
    case 'mdxJsxTextElement':
    case 'mdxTextExpression':
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
  }
}

/** The text blocks of a paragraph, list or quote; nothing from tables, code or components. */
function blocksOf(node: RootContent | ListItem): string[] {
  switch (node.type) {
    case 'paragraph':
      return [textOf(node).replace(/\s+/g, ' ').trim()].filter(Boolean);
    case 'list':
    case 'listItem':
    case 'blockquote':
      return (node.children as (RootContent | ListItem)[]).flatMap(blocksOf);
    default:
      return [];
  }
}

export function proseOfPage(mdx: string): PageProse {
  const match = FRONTMATTER.exec(mdx);
  const frontmatter = (match ? parseYaml(match[1] ?? '') : {}) as { summary?: unknown };
  const tree: Root = mdxParser.parse(match ? mdx.slice(match[0].length) : mdx);
  const prose: PageProse = { summary: typeof frontmatter.summary === 'string' ? [frontmatter.summary.trim()] : [], openings: [], body: [] };
  let waitingForOpening = true;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      waitingForOpening = true;
      continue;
    }
    const blocks = blocksOf(node);
    if (!blocks.length) continue;
    prose.body.push(...blocks);
    if (waitingForOpening && (node.type === 'paragraph' || node.type === 'list')) prose.openings.push(blocks);
    waitingForOpening = false;
  }
  return prose;
}

export function readabilityOf(mdx: string): PageReadability {
  const prose = proseOfPage(mdx);
  return {
    summary: figuresOf(prose.summary),
    openings: figuresOf(prose.openings.flat()),
    body: figuresOf(prose.body),
    sections: prose.openings.length,
  };
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
