import type { AnchorWeights } from './anchors';

/**
 * Gale & Church's length model (1993, "A program for aligning sentences in bilingual
 * corpora"): a translation's length is the original's times a ratio, give or take a normal
 * error whose variance grows with the length. How far two lengths are from that says how
 * likely they are a translation of each other.
 */

export interface AlignParameters {
  /** Expected English characters per French character. */
  ratio: number;
  /** Variance of the English length per French character (Gale & Church: 6.8). */
  variance: number;
  /** How much each anchor counts (1 when absent): not the length model's, carried along with it. */
  weights?: AnchorWeights;
}

/** Gale & Church's variance; their ratio of 1 is for related European languages in general. */
export const GALE_CHURCH_VARIANCE = 6.8;

/**
 * English characters per French character: 0.89 in the bundle's five pairs (IOM's published
 * English and ours, paragraph by paragraph: 0.86 to 0.91 per page, standard deviation 0.04 to
 * 0.09). A page's own ratio is estimated from its confident pairs (`refinedRatio`).
 */
export const DEFAULT_RATIO = 0.89;

/** Outside these bounds an estimate is not trusted. */
const RATIO_BOUNDS = [0.7, 1.3] as const;

/** The median English/French length ratio of confident one-to-one pairs, when there are three or more. */
export function refinedRatio(pairs: ReadonlyArray<readonly [french: number, english: number]>): number | null {
  const ratios = pairs
    .filter(([french, english]) => french >= 40 && english > 0)
    .map(([french, english]) => english / french)
    .sort((a, b) => a - b);
  if (ratios.length < 3) return null;
  const middle = ratios.length / 2;
  const median =
    ratios.length % 2 === 1
      ? (ratios[Math.floor(middle)] ?? DEFAULT_RATIO)
      : ((ratios[middle - 1] ?? 0) + (ratios[middle] ?? 0)) / 2;
  return Math.min(RATIO_BOUNDS[1], Math.max(RATIO_BOUNDS[0], median));
}

/** The standard normal distribution function (Abramowitz & Stegun 26.2.17, error < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const tail =
    density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? 1 - tail : tail;
}

/** How far the English length is from what the French length predicts, in standard deviations. */
export function lengthDeviation(french: number, english: number, parameters: AlignParameters): number {
  if (french === 0 && english === 0) return 0;
  // Gale & Church's mean of both lengths (in French characters) keeps the measure symmetric.
  const mean = (french + english / parameters.ratio) / 2;
  return (english - french * parameters.ratio) / Math.sqrt(mean * parameters.variance);
}

/** The probability that lengths this far apart are a translation's (two-tailed), 0 to 1. */
export const lengthProbability = (french: number, english: number, parameters: AlignParameters): number =>
  2 * (1 - normalCdf(Math.abs(lengthDeviation(french, english, parameters))));

/** Minus the log of the length probability, capped so that one bead cannot outweigh the rest. */
export function lengthCost(french: number, english: number, parameters: AlignParameters): number {
  return Math.min(25, -Math.log(Math.max(lengthProbability(french, english, parameters), 1e-12)));
}
