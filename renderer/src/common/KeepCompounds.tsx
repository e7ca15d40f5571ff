import { Fragment } from 'react';

/** A word joined by hyphens ("Sud-Sud", "Afrique-Amérique"): letters or digits on both sides. */
const COMPOUND = /([\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)+)/u;

/**
 * A title whose hyphenated words never break at their hyphen ("Sud-/Sud" over two lines): each
 * compound is kept on one line, the text itself unchanged (copying it gives the same hyphens).
 */
export function KeepCompounds({ text }: { text: string }) {
  return text.split(COMPOUND).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className="keep-together">
        {part}
      </span>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}
