import { anchorSimilarity } from './anchors';
import { pairConfidence, type AlignUnit } from './costs';
import type { AlignParameters } from './length-model';
import { alignUnits, type Bead } from './dynamic-programming';
import type { AlignmentRow, Side } from './rows';

/**
 * Aligns two sequences of units (blocks, or one list's items) around the rows a person fixed:
 * those stay as they are, and the aligner works on the stretches between them. A fixed row
 * that no longer fits (an id gone, ids out of order, crossing another fixed row) is dropped.
 */
export function alignSequence(
  french: readonly AlignUnit[],
  english: readonly AlignUnit[],
  fixed: readonly AlignmentRow[],
  parameters: AlignParameters,
): AlignmentRow[] {
  const frIndex = new Map(french.map((unit, index) => [unit.id, index]));
  const enIndex = new Map(english.map((unit, index) => [unit.id, index]));
  const kept = usableFixedRows(fixed, frIndex, enIndex);
  const paired = kept.filter((row) => row.fr.length > 0 && row.en.length > 0);
  const alone = kept.filter((row) => row.fr.length === 0 || row.en.length === 0);
  const aloneIds = new Set(alone.flatMap((row) => [...row.fr, ...row.en]));

  const rows: AlignmentRow[] = [];
  let frFrom = 0;
  let enFrom = 0;
  // Each fixed pair closes a stretch; a last, open stretch runs to both ends.
  for (const row of [...paired, null]) {
    const frTo = row ? (frIndex.get(row.fr[0] ?? '') ?? 0) : french.length;
    const enTo = row ? (enIndex.get(row.en[0] ?? '') ?? 0) : english.length;
    const stretch = alignStretch(
      french.slice(frFrom, frTo).filter((unit) => !aloneIds.has(unit.id)),
      english.slice(enFrom, enTo).filter((unit) => !aloneIds.has(unit.id)),
      parameters,
    );
    rows.push(...stretch);
    if (row) {
      rows.push({ ...row, fr: [...row.fr], en: [...row.en], confidence: 1, basis: 'manual' });
      frFrom = frTo + row.fr.length;
      enFrom = enTo + row.en.length;
    }
  }
  return placeAloneRows(rows, alone, frIndex, enIndex);
}

/** The fixed rows that still fit: known ids, each used once, contiguous, and in order with the others. */
function usableFixedRows(
  fixed: readonly AlignmentRow[],
  frIndex: ReadonlyMap<string, number>,
  enIndex: ReadonlyMap<string, number>,
): AlignmentRow[] {
  const seen = new Set<string>();
  const contiguous = (ids: readonly string[], index: ReadonlyMap<string, number>): boolean =>
    ids.every((id, at) => index.has(id) && (at === 0 || index.get(id) === (index.get(ids[0] ?? '') ?? 0) + at));
  const fitting = fixed.filter((row) => {
    const ids = [...row.fr.map((id) => `fr:${id}`), ...row.en.map((id) => `en:${id}`)];
    if (ids.length === 0 || ids.some((id) => seen.has(id))) return false;
    if (!contiguous(row.fr, frIndex) || !contiguous(row.en, enIndex)) return false;
    ids.forEach((id) => seen.add(id));
    return true;
  });
  // Fixed pairs must not cross: keep them in French order while the English order agrees.
  const pairs = fitting
    .filter((row) => row.fr.length > 0 && row.en.length > 0)
    .sort((a, b) => (frIndex.get(a.fr[0] ?? '') ?? 0) - (frIndex.get(b.fr[0] ?? '') ?? 0));
  const inOrder: AlignmentRow[] = [];
  let lastEnglish = -1;
  for (const row of pairs) {
    const first = enIndex.get(row.en[0] ?? '') ?? 0;
    if (first <= lastEnglish) continue;
    inOrder.push(row);
    lastEnglish = first + row.en.length - 1;
  }
  return [...inOrder, ...fitting.filter((row) => row.fr.length === 0 || row.en.length === 0)];
}

/** Rows for one stretch: the aligner's beads, with how sure each is and what decided it. */
function alignStretch(
  french: readonly AlignUnit[],
  english: readonly AlignUnit[],
  parameters: AlignParameters,
): AlignmentRow[] {
  if (french.length === 0 && english.length === 0) return [];
  const beads = alignUnits(french, english, parameters);
  return beads.map((bead, index) => {
    const ids = { fr: bead.fr.map((unit) => unit.id), en: bead.en.map((unit) => unit.id) };
    if (bead.fr.length > 0 && bead.en.length > 0)
      return { ...ids, confidence: pairConfidence(bead.fr, bead.en, parameters), basis: pairBasis(bead) };
    return { ...ids, ...aloneJudgement(bead, gapAround(beads, index), parameters) };
  });
}

function pairBasis(bead: Bead): AlignmentRow['basis'] {
  const french = new Set(bead.fr.flatMap((unit) => [...unit.anchors]));
  const english = bead.en.flatMap((unit) => [...unit.anchors]);
  if (english.some((anchor) => french.has(anchor))) return 'anchors';
  const kinds = new Set([...bead.fr, ...bead.en].map((unit) => unit.kind));
  return kinds.size === 1 && !kinds.has('paragraph') && !kinds.has('item') ? 'kind' : 'length';
}

/** The beads left alone around one, up to the nearest pairs on either side. */
function gapAround(beads: readonly Bead[], index: number): Bead[] {
  const alone = (bead: Bead | undefined): boolean =>
    bead !== undefined && (bead.fr.length === 0 || bead.en.length === 0);
  let start = index;
  while (alone(beads[start - 1])) start -= 1;
  let end = index;
  while (alone(beads[end + 1])) end += 1;
  return beads.slice(start, end + 1);
}

/**
 * How sure we are that a unit has no counterpart: one minus how well it would pair with the
 * best of the other side's units left alone in the same gap (a likely pair the order forbade).
 */
function aloneJudgement(
  bead: Bead,
  gap: readonly Bead[],
  parameters: AlignParameters,
): Pick<AlignmentRow, 'confidence' | 'basis'> {
  const side: Side = bead.fr.length > 0 ? 'fr' : 'en';
  const unit = bead[side][0];
  const others = gap.flatMap((other) => other[side === 'fr' ? 'en' : 'fr']);
  if (!unit) return { confidence: 1, basis: 'length' };
  const best = Math.max(0, ...others.map((other) => anchorSimilarity(unit.anchors, other.anchors, parameters.weights)));
  return { confidence: 1 - best, basis: unit.anchors.size > 0 ? 'anchors' : 'length' };
}

/** Puts each row a person left alone back in order: after the rows holding what precedes it on its side. */
function placeAloneRows(
  rows: AlignmentRow[],
  alone: readonly AlignmentRow[],
  frIndex: ReadonlyMap<string, number>,
  enIndex: ReadonlyMap<string, number>,
): AlignmentRow[] {
  const result = [...rows];
  const position = (row: AlignmentRow, side: Side): number => {
    const index = side === 'fr' ? frIndex : enIndex;
    return Math.min(...row[side].map((id) => index.get(id) ?? Number.POSITIVE_INFINITY));
  };
  const sorted = [...alone].sort(
    (a, b) => position(a, a.fr.length > 0 ? 'fr' : 'en') - position(b, b.fr.length > 0 ? 'fr' : 'en'),
  );
  for (const row of sorted) {
    const side: Side = row.fr.length > 0 ? 'fr' : 'en';
    const at = position(row, side);
    let insertAt = 0;
    result.forEach((other, index) => {
      if (other[side].length > 0 && position(other, side) < at) insertAt = index + 1;
    });
    // In a run of blocks alone, the French ones come first, as rows are read.
    if (side === 'en') while (result[insertAt]?.en.length === 0) insertAt += 1;
    result.splice(insertAt, 0, { ...row, fr: [...row.fr], en: [...row.en], confidence: 1, basis: 'manual' });
  }
  return result;
}
