import { BEADS, beadCost, type AlignParameters, type AlignUnit } from './costs';

/** A bead the aligner chose: some French units with some English units (one side may be empty). */
export interface Bead {
  fr: AlignUnit[];
  en: AlignUnit[];
}

/**
 * Gale & Church's dynamic programme: the cheapest way to cut both sequences into beads, in
 * order. O(French × English × shapes) time; the documents aligned here have tens to a few
 * hundred blocks, so no search band is needed.
 */
export function alignUnits(
  french: readonly AlignUnit[],
  english: readonly AlignUnit[],
  parameters: AlignParameters,
): Bead[] {
  const width = english.length + 1;
  const cost = new Float64Array((french.length + 1) * width).fill(Number.POSITIVE_INFINITY);
  // The shape of the last bead that reached each cell, as an index into BEADS.
  const step = new Int8Array((french.length + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= french.length; i += 1) {
    for (let j = 0; j <= english.length; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestStep = -1;
      BEADS.forEach(({ shape: [a, b], prior }, index) => {
        if (a > i || b > j) return;
        const before = cost[(i - a) * width + (j - b)] ?? Number.POSITIVE_INFINITY;
        if (before === Number.POSITIVE_INFINITY) return;
        const total = before + beadCost(french.slice(i - a, i), english.slice(j - b, j), prior, parameters);
        if (total < best) {
          best = total;
          bestStep = index;
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
    const bead = BEADS[step[i * width + j] ?? -1];
    // Every cell but the origin is reachable (1–0 and 0–1 always are), so a bead is always found.
    if (!bead) break;
    const [a, b] = bead.shape;
    beads.push({ fr: french.slice(i - a, i), en: english.slice(j - b, j) });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}
