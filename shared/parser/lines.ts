import { RUN_ON_END, SENTENCE_END } from './punctuation';

/** One source line, classified. Line numbers are 1-based, as an editor shows them. */
export type LineToken =
  | { type: 'blank'; line: number }
  | { type: 'dash'; line: number }
  | { type: 'separator'; line: number }
  | { type: 'item'; text: string; line: number }
  | { type: 'text'; text: string; line: number };

const SEPARATOR = /^(?:\*\s*){3,}$|^(?:_\s*){3,}$|^(?:-\s*){3,}$/u;
const ITEM = /^[-•]\s+(\S.*)$/u;
// "Afrique- Forum ministériel…": a short label glued to the list item after it.
const GLUED_LABEL = /^(\p{Lu}[^-]{0,40}?\S)-\s+(\S.*)$/u;

export function classifyLines(lines: readonly string[], firstLineNumber: number): LineToken[] {
  return lines.map((raw, index): LineToken => {
    const line = firstLineNumber + index;
    const text = raw.trim();
    if (text === '') return { type: 'blank', line };
    if (text === '-' || text === '•') return { type: 'dash', line };
    if (SEPARATOR.test(text)) return { type: 'separator', line };
    const item = ITEM.exec(text);
    if (item) return { type: 'item', text: (item[1] ?? '').trim(), line };
    return { type: 'text', text: text.replace(/\s+/gu, ' '), line };
  });
}

/**
 * Splits "Label- first item" into a label line and an item when an item follows: the
 * export lost the line break between a sub-heading and its list.
 */
export function splitGluedLabels(tokens: readonly LineToken[]): { tokens: LineToken[]; split: number[] } {
  const out: LineToken[] = [];
  const split: number[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const glued = token.type === 'text' ? GLUED_LABEL.exec(token.text) : null;
    if (glued && next?.type === 'item' && (glued[1] ?? '').split(/\s+/u).length <= 5) {
      out.push({ type: 'text', text: glued[1] ?? '', line: token.line });
      out.push({ type: 'item', text: glued[2] ?? '', line: token.line });
      split.push(token.line);
    } else {
      out.push(token);
    }
  });
  return { tokens: out, split };
}

/**
 * Re-flows hard-wrapped prose: older IOM pages break sentences across lines. A text line is
 * joined to the next text line when it cannot end a paragraph there — it runs on (no final
 * punctuation) into a line that continues the sentence (lowercase start), or, in a file
 * whose prose lines all stop near one width, it reaches that width.
 */
export function reflowText(tokens: readonly LineToken[]): { tokens: LineToken[]; joined: number } {
  const wrapWidth = detectWrapWidth(tokens);
  const out: LineToken[] = [];
  let joined = 0;
  for (const token of tokens) {
    const previous = out.at(-1);
    if (token.type === 'text' && previous?.type === 'text' && continues(previous.text, token.text, wrapWidth)) {
      const glue = previous.text.endsWith('-') ? '' : ' ';
      out[out.length - 1] = { ...previous, text: `${previous.text}${glue}${token.text}` };
      joined += 1;
    } else {
      out.push(token);
    }
  }
  return { tokens: out, joined };
}

function continues(line: string, next: string, wrapWidth: number | null): boolean {
  if (SENTENCE_END.test(line)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (RUN_ON_END.test(line) && !line.endsWith(':')) return true;
  // The last line of a hard-wrapped paragraph is shorter; a line at full width runs on.
  return wrapWidth !== null && line.length >= wrapWidth - 15;
}

/**
 * The width a file was hard-wrapped at, or null when it was not: most of its prose lines
 * stop within a few characters of the longest one, which is itself short.
 */
export function detectWrapWidth(tokens: readonly LineToken[]): number | null {
  const lengths = tokens.flatMap((token) =>
    token.type === 'text' && token.text.length >= 20 ? [token.text.length] : [],
  );
  if (lengths.length < 5) return null;
  const longest = Math.max(...lengths);
  if (longest > 120) return null;
  const nearWidth = lengths.filter((length) => length >= longest - 20).length;
  return nearWidth / lengths.length >= 0.6 ? longest : null;
}
