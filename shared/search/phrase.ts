import { foldText } from '../text/fold';

/**
 * A first look for a phrase in a text: cutting a text into folded words (`phraseWords`) takes
 * some fifty microseconds, this look a few, and a search weighs a phrase on a hundred
 * candidates or more at each keystroke (and a quoted phrase on every match).
 *
 * The text is folded character by character through a table (case and accents off, as
 * `foldText` folds each character; a combining mark, which the analyzer's words never hold,
 * becomes a space), then searched for the phrase's words with, between two words, what the
 * analyzer cuts away between them: a possessive, any run of characters that are not part of
 * words, an elided article. The look does not check that a word starts and ends where the
 * text's words do (`sud` is found in `Sudan`): so "no" is certain, and "yes" almost always
 * right. The table covers the Latin ranges, punctuation and spaces; of a text holding another
 * letter (Greek, full-width) or a ligature (`ﬁ`, which folds to two letters) it cannot tell.
 */

// As the analyzer's tokenizer has them: letters and digits. Anything else parts two words.
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const TABLE_SIZE = 0x2070;
const NOT_JUDGED = 0xffff;
/** Letters whose folding one by one is the folding of the words they are in: Latin ones. */
const isLatin = (code: number): boolean => code < 0x0250 || (code >= 0x1e00 && code < 0x1f00);

interface Folding {
  /** Each UTF-16 code below `TABLE_SIZE` folded to one code, or `NOT_JUDGED`. */
  table: Uint16Array;
  /** Codes above the table, as they are met: a space when they part words, else not judged. */
  beyond: Map<number, number>;
  /** A character that is not part of a folded word. */
  nonWord: string;
}

let latinFolding: Folding | null = null;

function foldingOfLatin(): Folding {
  if (latinFolding) return latinFolding;
  const table = new Uint16Array(TABLE_SIZE).fill(NOT_JUDGED);
  const wordCharacters = new Set<string>();
  for (let code = 0; code < TABLE_SIZE; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCharCode(code);
    const folded = foldText(character);
    if (!WORD_CHARACTER.test(character)) {
      // Parts words (a combining mark too: the analyzer's words stop there). Apostrophes stay
      // apostrophes: elisions and possessives are told by them.
      table[code] = folded === "'" ? 0x27 : 0x20;
      continue;
    }
    // A ligature (two letters), or a letter of another script (Greek folds by its place in
    // the word): not judged.
    if (!isLatin(code) || folded.length !== 1) continue;
    table[code] = folded.charCodeAt(0);
    wordCharacters.add(folded);
  }
  const escaped = [...wordCharacters].map((character) => character.replace(/[\\\]^-]/gu, '\\$&')).join('');
  latinFolding = { table, beyond: new Map(), nonWord: `[^${escaped}]` };
  return latinFolding;
}

/** Where texts are folded, kept between them (grown for a longer one). */
let codes = new Uint16Array(1024);

/**
 * The last texts folded: a person refining a query, or typing it, meets the same best
 * candidates keystroke after keystroke. Bounded (a few megabytes).
 */
const FOLDED_KEPT = 4_096;
const foldedTexts = new Map<string, string | null>();

/** The text folded as the table folds it; null when it holds a character the table cannot judge. */
function foldedText(text: string, folding: Folding): string | null {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = foldThroughTable(text, folding);
    if (foldedTexts.size >= FOLDED_KEPT) foldedTexts.clear();
    foldedTexts.set(text, folded);
  }
  return folded;
}

function foldThroughTable(text: string, { table, beyond }: Folding): string | null {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  const output = codes;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    let folded = code < TABLE_SIZE ? table[code]! : beyond.get(code);
    if (folded === undefined) {
      // Surrogates (characters beyond the first plane, letters or not) are not judged; other
      // characters part words or not, once and for all.
      const partsWords = (code < 0xd800 || code > 0xdfff) && !WORD_CHARACTER.test(String.fromCharCode(code));
      folded = partsWords ? 0x20 : NOT_JUDGED;
      beyond.set(code, folded);
    }
    if (folded === NOT_JUDGED) return null;
    output[at] = folded;
  }
  return decoder.decode(new Uint8Array(output.buffer, 0, text.length * 2));
}

// The codes are read back as the machine stores them.
const decoder = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

const escapeLiteral = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A first look at texts for a phrase (folded words): false when the text's words cannot hold
 * it, true when they very likely do, undefined when the look cannot tell.
 */
export function phraseLook(phrase: readonly string[]): (text: string) => boolean | undefined {
  const key = phrase.join(' ');
  let look = looks.get(key);
  if (look === undefined) {
    look = makeLook(phrase);
    // The last few phrases asked for: typing adds a letter to the same words, keystroke after keystroke.
    if (looks.size >= LOOKS_KEPT) looks.delete(looks.keys().next().value!);
    looks.set(key, look);
  }
  return look;
}

const LOOKS_KEPT = 64;
const looks = new Map<string, (text: string) => boolean | undefined>();

function makeLook(phrase: readonly string[]): (text: string) => boolean | undefined {
  const folding = foldingOfLatin();
  // A phrase word is folded already; one holding what no single character folds to (`⁄` of `¼`)
  // cannot be looked for.
  const judged = phrase.every((word) =>
    [...word].every((character) => foldThroughTable(character, folding) === character),
  );
  if (phrase.length === 0 || !judged) return () => undefined;
  // Between two words: a possessive, non-word characters, an elided article.
  const between = `(?:'s)?${folding.nonWord}+(?:[a-z]{1,7}')?`;
  // Without the `u` flag: a folded text holds no surrogate (a text with one is not judged), so
  // its code units are its characters, and the look runs in half the time (0.4 µs against 0.8
  // for a paragraph of 600 characters).
  const expression = new RegExp(phrase.map(escapeLiteral).join(between));
  return (text) => {
    const folded = foldedText(text, folding);
    return folded === null ? undefined : expression.test(folded);
  };
}

/** True when the words occur one after another in the text's words. */
export function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    let holds = true;
    for (let offset = 0; offset < phrase.length && holds; offset += 1) holds = words[start + offset] === phrase[offset];
    if (holds) return true;
  }
  return false;
}
