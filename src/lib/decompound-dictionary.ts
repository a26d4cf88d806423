/**
 * The lexicon the build splits compounds with (src/lib/decompound.ts): the Dutch word list of
 * cspell (@cspell/dict-nl-nl, from the OpenTaal Hunspell dictionary) plus the field's own terms
 * (titles, aliases, glossary terms: ggz, pepper, lejo), and Dutch hyphenation points (`hyphen`,
 * TeX patterns) as the only places a word may be cut. Build time only: the word list is 0.9 MB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, type ITrie } from 'cspell-trie-lib';
import { headWord, wordsOf, type Lexicon } from './decompound';

const require = createRequire(import.meta.url);
// CommonJS, which Astro's prerender (plain Node ESM) cannot import by name.
const { hyphenateSync } = require('hyphen/nl') as typeof import('hyphen/nl');

let dictionary: ITrie | undefined;
/** The Dutch word list, decoded once (about 0.3 s). */
function dutchDictionary(): ITrie {
  if (!dictionary) {
    // The package exports only its cspell settings; the word list lies beside them.
    const settings = require.resolve('@cspell/dict-nl-nl/cspell-ext.json');
    dictionary = decodeTrie(gunzipSync(readFileSync(join(dirname(settings), 'Dutch.trie.gz'))));
  }
  return dictionary;
}

/** Where Dutch hyphenation may break a word: ervaringskennis → er-va-rings-ken-nis → {2, 4, 9, 12}. */
export function hyphenationPoints(word: string): Set<number> {
  const points = new Set<number>();
  let at = 0;
  for (const syllable of hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 4 }).split('\u00ad').slice(0, -1)) {
    at += syllable.length;
    points.add(at);
  }
  return points;
}

/** Whether a lowercase word is in the Dutch dictionary (as written, no compounds of its own). */
export function isDutchWord(word: string): boolean {
  return dutchDictionary().has(word);
}

/** A tail without compound flags still counts when it is at least this long: zelf-onthulling. */
const LONG_TAIL = 8;

/**
 * The build's lexicon: Dutch words and the field's own terms (words of titles, aliases and
 * glossary terms that the dictionary lacks: pepper, lejo, ontdec), cut at hyphenation points.
 * A cut makes a compound where the dictionary's compound flags allow it, or before a long tail
 * that the flags leave out (zelf-onthulling); either way the site itself must use the head as a
 * word: the flags also allow prak-tijk and combi-neren.
 */
export function dutchLexicon(fieldNames: readonly string[], siteWords: ReadonlySet<string> = new Set()): Lexicon {
  // Only words a general dictionary lacks, and no linking forms of its words ("ervarings kennis").
  const fieldWords = new Set(fieldNames.flatMap(wordsOf).filter((word) => !isDutchWord(word) && !headWord(word, { has: isDutchWord })));
  const has = (word: string) => fieldWords.has(word) || isDutchWord(word);
  const used = (word: string) => fieldWords.has(word) || siteWords.has(word);
  // Hunspell's compound flags, as cspell keeps them: "jeugd+" may begin a compound, "+zorg" end
  // one, "+kennis+" stand in the middle; linking letters are written out ("ervarings+").
  const flags = dutchDictionary().data;
  const begins = (head: string) => fieldWords.has(head) || flags.has(`${head}+`) || flags.has(`+${head}+`);
  const ends = (tail: string) => fieldWords.has(tail) || flags.has(`+${tail}`) || flags.has(`+${tail}+`);
  return {
    has,
    joins: (head, tail) => {
      const headUsed = used(head) || used(headWord(head, { has: used }) ?? '');
      return headUsed && ((begins(head) && ends(tail)) || (tail.length >= LONG_TAIL && isDutchWord(tail)));
    },
    cuts: hyphenationPoints,
  };
}
