/** Punctuation that ends a sentence (or a quotation that ends one). */
export const SENTENCE_END = /[.!?…»"”)\]]$/u;

/** Punctuation that shows a line runs on into what follows. */
export const RUN_ON_END = /[,;:(«“-]$/u;

/** True when every opening bracket or quotation mark in the text is closed. */
export function isBalanced(text: string): boolean {
  const pairs: ReadonlyArray<readonly [string, string]> = [
    ['(', ')'],
    ['[', ']'],
    ['«', '»'],
    ['“', '”'],
  ];
  return pairs.every(([open, close]) => text.split(open).length === text.split(close).length);
}

export const wordCount = (text: string): number => text.trim().split(/\s+/u).filter(Boolean).length;
