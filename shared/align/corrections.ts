import { err, ok, type Result } from '../result';
import type { AlignmentRow, EditionAlignment, Side } from './rows';

/**
 * A person's corrections to an alignment: pair these blocks, or leave this one alone. Each
 * returns a new alignment that still covers every id of both sides exactly once and in order,
 * with the rows it touched marked `manual` (so that re-aligning keeps them), or says why not
 * and changes nothing.
 */

export interface CorrectionError {
  code: 'empty-side' | 'unknown-id' | 'repeated-id' | 'not-contiguous' | 'unknown-list';
  message: string;
}

const asList = (ids: string | readonly string[]): string[] => (typeof ids === 'string' ? [ids] : [...ids]);

/** Where each id stands on its side, from the rows' order. */
const positions = (rows: readonly AlignmentRow[], side: Side): Map<string, number> =>
  new Map(rows.flatMap((row) => row[side]).map((id, index) => [id, index]));

const manual = (fr: string[], en: string[]): AlignmentRow => ({ fr, en, confidence: 1, basis: 'manual' });

/** A row with one side empty holds one id: a block alone is a row of its own. */
const singletons = (row: AlignmentRow): AlignmentRow[] =>
  (row.fr.length === 0 || row.en.length === 0) && row.fr.length + row.en.length > 1
    ? [...row.fr.map((id) => ({ ...row, fr: [id], en: [] })), ...row.en.map((id) => ({ ...row, fr: [], en: [id] }))]
    : [row];

function checkIds(ids: readonly string[], at: ReadonlyMap<string, number>, side: Side): CorrectionError | null {
  const name = side === 'fr' ? 'French' : 'English';
  if (ids.length === 0) return { code: 'empty-side', message: `no ${name} block given to pair` };
  const unknown = ids.find((id) => !at.has(id));
  if (unknown !== undefined)
    return { code: 'unknown-id', message: `the ${name} edition has no block "${String(unknown).slice(0, 40)}"` };
  if (new Set(ids).size !== ids.length) return { code: 'repeated-id', message: `a ${name} block is given twice` };
  const sorted = ids.map((id) => at.get(id) ?? 0).sort((a, b) => a - b);
  if (sorted.some((position, index) => index > 0 && position !== (sorted[index - 1] ?? 0) + 1))
    return { code: 'not-contiguous', message: `the ${name} blocks to pair must follow one another` };
  return null;
}

/**
 * Puts rows back in document order on both sides. The pairs must not cross (the callers
 * dissolve those that do); each row left alone goes just before the first pair that follows
 * it on its side. Positions are those of the rows before the change.
 */
function ordered(
  rows: readonly AlignmentRow[],
  frAt: ReadonlyMap<string, number>,
  enAt: ReadonlyMap<string, number>,
): AlignmentRow[] {
  const first = (row: AlignmentRow, side: Side): number =>
    Math.min(...row[side].map((id) => (side === 'fr' ? frAt : enAt).get(id) ?? 0));
  const byFrench = (a: AlignmentRow, b: AlignmentRow): number => first(a, 'fr') - first(b, 'fr');
  const pairs = rows.filter((row) => row.fr.length > 0 && row.en.length > 0).sort(byFrench);
  const frenchAlone = rows.filter((row) => row.en.length === 0).sort(byFrench);
  const englishAlone = rows.filter((row) => row.fr.length === 0).sort((a, b) => first(a, 'en') - first(b, 'en'));
  const result: AlignmentRow[] = [];
  const inputOrder = new Map(rows.map((row, index) => [row, index]));
  // Before each pair (and at the end), the rows left alone that come before it on their side,
  // French and English interleaved as they came (each side keeping its own order).
  const flushBefore = (frLimit: number, enLimit: number): void => {
    const frenchCount = frenchAlone.findIndex((row) => first(row, 'fr') >= frLimit);
    const englishCount = englishAlone.findIndex((row) => first(row, 'en') >= enLimit);
    const french = frenchAlone.splice(0, frenchCount < 0 ? frenchAlone.length : frenchCount);
    const english = englishAlone.splice(0, englishCount < 0 ? englishAlone.length : englishCount);
    while (french[0] || english[0]) {
      const takeFrench =
        french[0] !== undefined &&
        (english[0] === undefined || (inputOrder.get(french[0]) ?? 0) <= (inputOrder.get(english[0]) ?? 0));
      result.push((takeFrench ? french.shift() : english.shift()) as AlignmentRow);
    }
  };
  for (const pair of pairs) {
    flushBefore(first(pair, 'fr'), first(pair, 'en'));
    result.push(pair);
  }
  flushBefore(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  return result;
}

/** Pairs French rows with English rows in one row list (a document's blocks, or a list's items). */
export function pairRows(
  rows: readonly AlignmentRow[],
  fr: string | readonly string[],
  en: string | readonly string[],
): Result<AlignmentRow[], CorrectionError> {
  const french = asList(fr);
  const english = asList(en);
  const frAt = positions(rows, 'fr');
  const enAt = positions(rows, 'en');
  const problem = checkIds(french, frAt, 'fr') ?? checkIds(english, enAt, 'en');
  if (problem) return err(problem);
  french.sort((a, b) => (frAt.get(a) ?? 0) - (frAt.get(b) ?? 0));
  english.sort((a, b) => (enAt.get(a) ?? 0) - (enAt.get(b) ?? 0));
  const taken = new Set([...french.map((id) => `fr:${id}`), ...english.map((id) => `en:${id}`)]);
  const frFirst = frAt.get(french[0] ?? '') ?? 0;
  const enFirst = enAt.get(english[0] ?? '') ?? 0;

  const kept: AlignmentRow[] = [];
  for (const row of rows) {
    const rest = {
      fr: row.fr.filter((id) => !taken.has(`fr:${id}`)),
      en: row.en.filter((id) => !taken.has(`en:${id}`)),
    };
    if (rest.fr.length + rest.en.length === 0) continue;
    const touched = rest.fr.length !== row.fr.length || rest.en.length !== row.en.length;
    const remaining = touched ? manual(rest.fr, rest.en) : row;
    // A pair on the other side of the new one in one language and not in the other crosses it: dissolved.
    const before = (ids: string[], at: ReadonlyMap<string, number>, from: number): boolean[] =>
      ids.map((id) => (at.get(id) ?? 0) < from);
    const sides = [...before(remaining.fr, frAt, frFirst), ...before(remaining.en, enAt, enFirst)];
    const crosses = remaining.fr.length > 0 && remaining.en.length > 0 && new Set(sides).size > 1;
    kept.push(
      ...(crosses
        ? [
            ...remaining.fr.map((id) => ({ ...remaining, fr: [id], en: [] })),
            ...remaining.en.map((id) => ({ ...remaining, fr: [], en: [id] })),
          ]
        : singletons(remaining)),
    );
  }
  return ok(ordered([...kept, manual(french, english)], frAt, enAt));
}

/** Takes one id out of its row, to stand alone; the row it leaves is marked manual too. */
export function unpairRow(
  rows: readonly AlignmentRow[],
  side: Side,
  id: string,
): Result<AlignmentRow[], CorrectionError> {
  const problem = checkIds([id], positions(rows, side), side);
  if (problem) return err(problem);
  const result = rows.flatMap((row) => {
    if (!row[side].includes(id)) return [row];
    const rest = manual(
      row.fr.filter((other) => side !== 'fr' || other !== id),
      row.en.filter((other) => side !== 'en' || other !== id),
    );
    const alone = side === 'fr' ? manual([id], []) : manual([], [id]);
    if (rest.fr.length + rest.en.length === 0) return [alone];
    // The French side first, as rows are read.
    return side === 'fr' ? [alone, ...singletons(rest)] : [...singletons(rest), alone];
  });
  return ok(ordered(result, positions(rows, 'fr'), positions(rows, 'en')));
}

/** The items of lists whose rows changed are no longer known: re-aligning (or the reader's model) aligns them again. */
function withoutItemsOf(alignment: EditionAlignment, rows: readonly AlignmentRow[]): Record<string, AlignmentRow[]> {
  const before = new Map(alignment.rows.flatMap((row) => row.fr.map((id) => [id, row.en.join(' ')] as const)));
  const after = new Map(rows.flatMap((row) => row.fr.map((id) => [id, row.en.join(' ')] as const)));
  return Object.fromEntries(Object.entries(alignment.items).filter(([list]) => before.get(list) === after.get(list)));
}

/** Pairs French blocks with English blocks (one or more on each side, each side's following one another). */
export function pairBlocks(
  alignment: EditionAlignment,
  fr: string | readonly string[],
  en: string | readonly string[],
): Result<EditionAlignment, CorrectionError> {
  const rows = pairRows(alignment.rows, fr, en);
  if (!rows.ok) return rows;
  return ok({ rows: rows.value, items: withoutItemsOf(alignment, rows.value) });
}

/** Leaves a block of one edition alone: it is shown without a counterpart. */
export function unpairBlock(
  alignment: EditionAlignment,
  side: Side,
  id: string,
): Result<EditionAlignment, CorrectionError> {
  const rows = unpairRow(alignment.rows, side, id);
  if (!rows.ok) return rows;
  return ok({ rows: rows.value, items: withoutItemsOf(alignment, rows.value) });
}

const listRows = (alignment: EditionAlignment, list: string): Result<AlignmentRow[], CorrectionError> => {
  const rows = Object.hasOwn(alignment.items, list) ? alignment.items[list] : undefined;
  return rows ? ok(rows) : err({ code: 'unknown-list', message: `no aligned list "${String(list).slice(0, 40)}"` });
};

/** Pairs items of two paired lists (by the French list's id). */
export function pairItems(
  alignment: EditionAlignment,
  list: string,
  fr: string | readonly string[],
  en: string | readonly string[],
): Result<EditionAlignment, CorrectionError> {
  const rows = listRows(alignment, list);
  if (!rows.ok) return rows;
  const paired = pairRows(rows.value, fr, en);
  if (!paired.ok) return paired;
  return ok({ rows: alignment.rows, items: { ...alignment.items, [list]: paired.value } });
}

/** Leaves an item of a paired list alone. */
export function unpairItem(
  alignment: EditionAlignment,
  list: string,
  side: Side,
  id: string,
): Result<EditionAlignment, CorrectionError> {
  const rows = listRows(alignment, list);
  if (!rows.ok) return rows;
  const unpaired = unpairRow(rows.value, side, id);
  if (!unpaired.ok) return unpaired;
  return ok({ rows: alignment.rows, items: { ...alignment.items, [list]: unpaired.value } });
}
