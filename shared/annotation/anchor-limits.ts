/**
 * The anchor model's bounds, without the schema library: the renderer builds selectors with
 * these and should not carry the validator in its bundle for them.
 */

/** Longest passage text we expect; offsets beyond it are refused. */
export const MAX_PASSAGE_LENGTH = 100_000;
/** Longest quoted text: a quote lies within one passage. */
export const MAX_QUOTE_LENGTH = 20_000;
/** Context kept on each side of a quote, in code points (so at most twice as many UTF-16 units). */
export const QUOTE_CONTEXT_CODE_POINTS = 32;
