import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { eng, fra } from 'stopword';
import type { Language } from '../document/vocabulary';
import { foldText } from '../text/fold';

/**
 * How search reads text, in one place for the app's worker, the CLI, the tests and the
 * benchmark: words with their place in the text, elisions and possessives cut off, stop words
 * left out, and two forms of each word — as written (folded: no case, no accents) and its
 * Snowball stem (folded too), so that `migratoires` finds `migratoire` and `reunion` finds
 * `réunion`. Bump `ANALYZER_VERSION` whenever what this module yields changes: a persisted
 * index made by another version is rebuilt rather than trusted.
 */
export const ANALYZER_VERSION = 1;

export interface Token {
  /** The word as written, folded (`réunions` → `reunions`). */
  word: string;
  /** Its Snowball stem in the text's language, folded (`réunions` → `reunion`). */
  stem: string;
  /** Where the word (without its elided article) stands in the text, UTF-16 offsets. */
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes kept so that `l'OIM` and `IOM's` arrive whole.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
// French elisions (l', d', qu', jusqu'…) before a word; the word is what follows.
const FRENCH_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=[\p{L}\p{N}])/iu;
// The English possessive: `IOM's`, `States'` is cut by the tokenizer already.
const ENGLISH_POSSESSIVE = /['’ʼ]s$/iu;

const stemmers: Record<Language, (word: string) => string> = { fr: frenchStemmer, en: englishStemmer };

/** Stop words of each language, folded as the words they are compared with. */
const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(fra.map(foldText)),
  en: new Set(eng.map(foldText)),
};

/**
 * Folding and stemming, remembered per word: a corpus uses a few thousand distinct words many
 * times over, and indexing spends most of its time here otherwise. Bounded, so that a stream
 * of distinct words (a huge import) cannot grow them without limit.
 */
const MEMO_LIMIT = 200_000;
function memo(compute: (word: string) => string): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = compute(word);
      if (known.size >= MEMO_LIMIT) known.clear();
      known.set(word, value);
    }
    return value;
  };
}

const foldWord = memo(foldText);
const stemmed: Record<Language, (word: string) => string> = {
  // The stemmers' rules read accents (French `-ées`, `-ité`): stem first, fold after.
  fr: memo((word) => foldText(stemmers.fr(word.toLocaleLowerCase('fr')))),
  en: memo((word) => foldText(stemmers.en(word.toLocaleLowerCase('en')))),
};

/** True for a word too common in the language to tell passages apart. */
export const isStopWord = (word: string, language: Language): boolean => STOP_WORDS[language].has(foldWord(word));

/** The stem of one word in a language, folded. */
export const stemOf = (word: string, language: Language): string => stemmed[language](word);

/** Cuts the elided article or the possessive off a word; where the word starts inside it. */
function bareWord(raw: string): { word: string; offset: number } {
  const elision = FRENCH_ELISION.exec(raw);
  const withoutElision = elision ? raw.slice(elision[0].length) : raw;
  const offset = elision ? elision[0].length : 0;
  return { word: withoutElision.replace(ENGLISH_POSSESSIVE, ''), offset };
}

/**
 * The searchable words of a text in a language, in order, stop words left out. Elisions are
 * cut in either language (an English passage quoting a French name keeps `d'Almaty` findable).
 */
export function analyze(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const { word, offset } = bareWord(match[0]);
    if (word.length === 0) continue;
    const folded = foldWord(word);
    if (STOP_WORDS[language].has(folded)) continue;
    const start = match.index + offset;
    tokens.push({ word: folded, stem: stemOf(word, language), start, end: start + word.length });
  }
  return tokens;
}

/** The words of a text, folded, stop words kept: what a quoted phrase is compared on. */
export function phraseWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => foldWord(bareWord(match[0]).word)).filter(Boolean);
}
