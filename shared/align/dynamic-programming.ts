import { BEADS, segmentCost, type AlignUnit } from './costs';
import type { AlignParameters } from './length-model';
import { EvidenceIndex, segmentOf, type Segment } from './segments';

/** A bead the aligner chose: some French units with some English units (one side may be empty). */
export interface Bead {
  fr: AlignUnit[];
  en: AlignUnit[];
}

/**
 * How far the path may stray from the diagonal, beyond the difference in length of the two
 * sequences (which a run of blocks of one edition only can use up): a search band, as Gale &
 * Church's program also had, so that long pages align in time proportional to their length.
 */
const BAND_MARGIN = 40;

/** Each unit alone, and each unit with the one before it: the sides a bead can have. */
function segmentsOf(units: readonly AlignUnit[], index: EvidenceIndex): { one: Segment[]; two: Array<Segment | null> } {
  return {
    one: units.map((unit) => segmentOf([unit], index)),
    two: units.map((unit, at) => (at === 0 ? null : segmentOf([units[at - 1] as AlignUnit, unit], index))),
  };
}

/**
 * Gale & Church's dynamic programme: the cheapest way to cut both sequences into beads, in
 * order. Time O((French + English) × band × shapes).
 */
export function alignUnits(
  french: readonly AlignUnit[],
  english: readonly AlignUnit[],
  parameters: AlignParameters,
): Bead[] {
  const index = new EvidenceIndex(parameters.weights);
  const frenchSegments = segmentsOf(french, index);
  const englishSegments = segmentsOf(english, index);
  const weights = index.weights;
  const side = (
    segments: { one: Segment[]; two: Array<Segment | null> },
    end: number,
    count: number,
  ): Segment | null =>
    count === 0 ? null : count === 1 ? (segments.one[end - 1] ?? null) : (segments.two[end - 1] ?? null);

  const width = english.length + 1;
  const cost = new Float64Array((french.length + 1) * width).fill(Number.POSITIVE_INFINITY);
  // The shape of the last bead that reached each cell, as an index into BEADS.
  const step = new Int8Array((french.length + 1) * width).fill(-1);
  cost[0] = 0;
  const band = Math.abs(french.length - english.length) + BAND_MARGIN;
  const slope = french.length === 0 ? 0 : english.length / french.length;
  for (let i = 0; i <= french.length; i += 1) {
    const centre = Math.round(i * slope);
    const from = Math.max(0, centre - band);
    const to = Math.min(english.length, centre + band);
    for (let j = from; j <= to; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestStep = -1;
      BEADS.forEach(({ shape: [a, b], prior }, shape) => {
        if (a > i || b > j) return;
        const before = cost[(i - a) * width + (j - b)] ?? Number.POSITIVE_INFINITY;
        if (before === Number.POSITIVE_INFINITY) return;
        const total =
          before + segmentCost(side(frenchSegments, i, a), side(englishSegments, j, b), prior, parameters, weights);
        if (total < best) {
          best = total;
          bestStep = shape;
        }
      });
      cost[i * width + j] = best;
      step[i * width + j] = bestStep;
    }
  }
  const beads: Bead[] = [];
  let i = french.length;
  let j = english.length;
  while (i > 0 || j > 0) {
    // The band holds a chain of 1–0 and 0–1 beads from the origin to the end, so every cell
    // on the way back was reached; were one not, its units would still be shown, alone.
    const [a, b] = BEADS[step[i * width + j] ?? -1]?.shape ?? (i > 0 ? [1, 0] : [0, 1]);
    beads.push({ fr: french.slice(i - a, i), en: english.slice(j - b, j) });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}
