/**
 * The one folding of text for "is this the same word?" comparisons and matching: the glossary
 * filter, the parser's repeated-heading and repeated-item checks, and (soon) search analyzers
 * and note anchoring. Case, accents and the apostrophe's typographic variants do not count;
 * runs of white space count as one space.
 */
export function foldText(text: string): string {
  return (
    text
      // Compatibility decomposition: accents become separate marks, and look-alike forms
      // (non-breaking spaces, superscript digits) become the ordinary ones.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘ʼ`´]/gu, "'")
      .replace(/\s+/gu, ' ')
      .trim()
      .toLowerCase()
  );
}

/**
 * `foldText` for many texts that share their words (ten thousand notes, each with its quote
 * and tags): each word is folded once and remembered, which halves the work of folding them
 * all. Gives exactly what `foldText` gives (white space never changes under the
 * decomposition, so folding word by word is the same as folding the whole). The memory is
 * per folder and bounded: past `limit` words it starts again.
 */
export function createWordFolder(limit = 50_000): (text: string) => string {
  const folded = new Map<string, string>();
  const foldWord = (word: string): string => {
    let result = folded.get(word);
    if (result === undefined) {
      if (folded.size >= limit) folded.clear();
      result = foldText(word);
      folded.set(word, result);
    }
    return result;
  };
  return (text) => {
    const words: string[] = [];
    for (const word of text.split(/\s+/u)) {
      // A word can fold to nothing (a lone accent) or to two (a spacing accent inside it).
      const result = word === '' ? '' : foldWord(word);
      if (result !== '') words.push(result);
    }
    return words.join(' ');
  };
}
