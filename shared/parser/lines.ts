import { findContacts } from './contacts';
import { RUN_ON_END, SENTENCE_END, wordCount } from './punctuation';

/** One source line, classified. Line numbers are 1-based, as an editor shows them. */
export type LineToken =
  | { type: 'blank'; line: number }
  | { type: 'dash'; line: number }
  | { type: 'separator'; line: number }
  | { type: 'item'; text: string; line: number }
  | { type: 'text'; text: string; line: number }
  | { type: 'field'; label: string; value: string; text: string; line: number };

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

// "Related Links | |", "| Liens connexes | |": a table row of the site's layout, with at
// most one cell that says anything.
const TABLE_ROW = /\|/u;

/** True when a line is a row of the site's layout table rather than text of the page. */
export function isSiteResidue(line: string): boolean {
  if (!TABLE_ROW.test(line)) return false;
  return line.split('|').filter((cell) => cell.trim() !== '').length <= 1;
}

/** Drops the site's layout rows from the page's lines, and says which lines they were. */
export function dropSiteResidue(tokens: readonly LineToken[]): { tokens: LineToken[]; dropped: number[] } {
  const dropped: number[] = [];
  const kept = tokens.filter((token) => {
    const residue = token.type === 'text' && isSiteResidue(token.text);
    if (residue) dropped.push(token.line);
    return !residue;
  });
  return { tokens: kept, dropped };
}

// "Type : Processus consultatif régional", "Established: 2006": a short label, a colon, a value.
const FIELD = /^(\p{Lu}[^:,;.!?()«»"“”]*?)\s*:\s+(\S.*)$/u;
// A known label may be long ("Formal association with regional economic communities"); an
// unknown one is a name of a few words, not the start of a sentence ("Le soutien de l'OIM
// aux PCR comprend : …").
const MAX_KNOWN_LABEL_WORDS = 8;
const MAX_LABEL_WORDS = 4;
/**
 * Labels of the facts that profile pages of regional consultative processes and forums give;
 * one such line is a field even alone. Other labels count when two or more lines in a row
 * have the shape, as a profile's list of facts has.
 */
const KNOWN_FIELD_LABEL =
  /^(?:type|cr[ée]{2}e? en|[ée]tabli en|membres|[ée]tats membres|observateurs|secr[ée]tariat|pr[ée]sidence|established|members|member states|observers|secretariat|chair|formal association with\b.*|association formelle avec\b.*)$/iu;

function fieldOf(text: string): { label: string; value: string; known: boolean } | null {
  const match = FIELD.exec(text);
  const label = match?.[1]?.trim() ?? '';
  const value = match?.[2]?.trim() ?? '';
  // A contact line ("Secrétariat : Florence Kim, fkim@iom.int") stays a contact.
  if (!match || findContacts(text).some((contact) => contact.type !== 'url')) return null;
  const known = KNOWN_FIELD_LABEL.test(label);
  if (wordCount(label) > (known ? MAX_KNOWN_LABEL_WORDS : MAX_LABEL_WORDS)) return null;
  return { label, value, known };
}

/**
 * Marks labelled fields ("Type : …", "Membres : …"): a line with a known label, or a run of
 * two or more lines with the shape. A lone "Label: value" line elsewhere stays prose.
 */
export function markFields(tokens: readonly LineToken[]): LineToken[] {
  const fields = tokens.map((token) => (token.type === 'text' ? fieldOf(token.text) : null));
  return tokens.map((token, index) => {
    const field = fields[index];
    if (!field || token.type !== 'text') return token;
    const inRun = Boolean(fields[index - 1] ?? fields[index + 1]);
    if (!inRun && !field.known) return token;
    return { type: 'field', label: field.label, value: field.value, text: token.text, line: token.line };
  });
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

// A full stop, question or exclamation mark, possibly inside a closing quotation or bracket.
const FINAL_STOP = /[.!?…]["»”)\]]?$/u;

function continues(line: string, next: string, wrapWidth: number | null): boolean {
  if (FINAL_STOP.test(line)) return false;
  // "…pour les migrations (OIM)" then "a publié…": a closing bracket or quotation mark
  // does not end the sentence that the next line, in lower case, carries on.
  if (/^\p{Ll}/u.test(next)) return true;
  if (SENTENCE_END.test(line)) return false;
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
