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
