/**
 * Checks that what the English edition calls IOM's published English is that: each passage
 * marked `published` must be found, word for word, in the stored copy of the page it came
 * from, and each quotation the published English gives must be quoted exactly. Only
 * typography may differ (straight or curly quotes and apostrophes, dash styles, spacing),
 * which is what "typographic normalisation" allows when copying.
 */

/** A text with its typography folded: quotes, apostrophes and dashes of one kind, no whitespace. */
export function typographicForm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC`]/gu, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, '');
}

/** Whether a passage stands, word for word, in one of the stored copies of the published English. */
export function isInPublishedCopy(passage: string, copies: readonly string[]): boolean {
  const wanted = typographicForm(passage);
  return wanted.length > 0 && copies.some((copy) => typographicForm(copy).includes(wanted));
}

/**
 * The known published quotations that a document's English does not quote exactly: each must
 * appear as written (typography aside) in one of its passages.
 */
export function misquotedQuotations(quotations: readonly string[], englishPassages: readonly string[]): string[] {
  const passages = englishPassages.map(typographicForm);
  return quotations.filter((quotation) => !passages.some((passage) => passage.includes(typographicForm(quotation))));
}
