import { anchorSimilarity, type AnchorWeights } from './anchors';
import { lengthCost, lengthProbability, type AlignParameters } from './length-model';
import { EvidenceIndex, segmentOf, sharedWeight, type Segment } from './segments';

/**
 * The costs the aligner adds up, in the manner of Gale & Church (1993, "A program for aligning
 * sentences in bilingual corpora"): a bead's cost is minus the log of its probability, from
 * its shape (1–1, 2–1…), the lengths on each side, and here also the anchors the two sides
 * share and whether their kinds of block can be translations of each other.
 */

/** One thing to align: a block, or a list item. */
export interface AlignUnit {
  id: string;
  /** The block's kind (`item` for a list item). */
  kind: string;
  /** Characters of text (a list's are its items'). */
  length: number;
  anchors: ReadonlySet<string>;
  /** Cognate word stems (`cognatesOf`): weaker evidence than anchors, but most passages have some. */
  cognates: ReadonlySet<string>;
}

/** A bead's shape: how many French and English units it takes. */
export type BeadShape = readonly [french: number, english: number];

/**
 * The shapes the aligner tries, with Gale & Church's priors (1–1 .89; 1–0 or 0–1 .0099;
 * 2–1 or 1–2 .089; 2–2 .011), as costs. Skipping is not given their length cost (a long
 * paragraph left out would cost more than merging it into a neighbour, which is worse for a
 * reader): it costs its prior and a flat amount instead.
 */
export const BEADS: ReadonlyArray<{ shape: BeadShape; prior: number }> = [
  { shape: [1, 1], prior: -Math.log(0.89) },
  { shape: [1, 0], prior: -Math.log(0.0099 / 2) },
  { shape: [0, 1], prior: -Math.log(0.0099 / 2) },
  { shape: [2, 1], prior: -Math.log(0.089 / 2) },
  { shape: [1, 2], prior: -Math.log(0.089 / 2) },
  { shape: [2, 2], prior: -Math.log(0.011) },
];

/** What leaving one unit unpaired costs beyond its prior. */
export const SKIP_COST = 1;

const PROSE: ReadonlySet<string> = new Set(['paragraph', 'quote', 'footnote', 'contact']);

/**
 * How unlikely a French kind of block is to be translated by an English kind: 0 for the same
 * kind; a little for the kinds a parser may tell apart differently on each side (a quotation
 * without its marks, a contact line); much for a heading against running text; a list, a
 * separator against anything else, almost never.
 */

export function kindCost(french: string, english: string): number {
  if (french === english) return 0;
  if (PROSE.has(french) && PROSE.has(english)) return 1.5;
  if ((french === 'heading' && PROSE.has(english)) || (english === 'heading' && PROSE.has(french))) return 4;
  return 12;
}

/** Merging a heading, a list or a separator with another unit is not a translation's doing. */
const MERGE_COST: Readonly<Record<string, number>> = { heading: 4, list: 12, separator: 12 };

/**
 * What shared evidence says of a pair: a reward for sharing it, a penalty for having some on
 * each side and sharing none. Weighed by how much there is: one shared year means little,
 * five shared names and figures much. `scale` is what the evidence is worth; `saturation`,
 * how many items make it count fully.
 */
function evidenceCost(
  scale: number,
  saturation: number,
  french: { ids: Int32Array; weight: number },
  english: { ids: Int32Array; weight: number },
  weights: Float64Array,
): number {
  const total = french.ids.length + english.ids.length;
  if (total === 0) return 0;
  const mass = french.weight + english.weight;
  const similarity = mass === 0 ? 0 : (2 * sharedWeight(french.ids, english.ids, weights)) / mass;
  return scale * Math.min(1, total / saturation) * (0.3 - similarity);
}

/** Anchors (figures, names, dates, acronyms, addresses) count fully from six. */
const ANCHORS = { scale: 8, saturation: 6 };
/** Cognates count half as much as anchors. */
const COGNATES = { scale: 4, saturation: 4 };

const setCost = (
  costs: { scale: number; saturation: number },
  french: ReadonlySet<string>,
  english: ReadonlySet<string>,
  weights: AnchorWeights | undefined,
): number => {
  const index = new EvidenceIndex(weights);
  const a = index.idsOf(french);
  const b = index.idsOf(english);
  return evidenceCost(
    costs.scale,
    costs.saturation,
    { ids: a, weight: index.weightOf(a) },
    { ids: b, weight: index.weightOf(b) },
    index.weights,
  );
};

/** What the anchors say of a pair (see `evidenceCost`). */
export const anchorCost = (
  french: ReadonlySet<string>,
  english: ReadonlySet<string>,
  weights?: AnchorWeights,
): number => setCost(ANCHORS, french, english, weights);

/** What the cognates say of a pair: half as much as anchors. */
export const cognateCost = (
  french: ReadonlySet<string>,
  english: ReadonlySet<string>,
  weights?: AnchorWeights,
): number => setCost(COGNATES, french, english, weights);

/**
 * In a merge (2–1, 1–2, 2–2), each unit of the side with two must answer to the other side
 * on its own: a unit few of whose anchors and cognates the other side has is more likely a
 * passage of one edition only, glued there because skipping costs more than merging.
 * Measured as the share of them the other side holds (not Dice, which a long other side
 * would drown).
 */
function strayCost(segment: Segment, other: Segment, weights: Float64Array): number {
  if (segment.members.length < 2) return 0;
  let cost = 0;
  for (const member of segment.members) {
    if (member.evidence.length === 0) continue;
    const containment =
      member.weight === 0 ? 0 : sharedWeight(member.evidence, other.evidence, weights) / member.weight;
    cost += 8 * Math.min(1, member.evidence.length / 4) * Math.max(0, 0.5 - containment);
  }
  return cost;
}

/** The cost of a bead whose sides are prepared segments (null: that side is empty). */
export function segmentCost(
  french: Segment | null,
  english: Segment | null,
  prior: number,
  parameters: AlignParameters,
  weights: Float64Array,
): number {
  if (french === null || english === null) return prior + SKIP_COST;
  let kinds = 0;
  for (const f of french.kinds) for (const e of english.kinds) kinds = Math.max(kinds, kindCost(f, e));
  if (french.kinds.length + english.kinds.length > 2)
    for (const kind of [...french.kinds, ...english.kinds]) kinds += MERGE_COST[kind] ?? 0;
  return (
    prior +
    lengthCost(french.length, english.length, parameters) +
    evidenceCost(
      ANCHORS.scale,
      ANCHORS.saturation,
      { ids: french.anchors, weight: french.anchorWeight },
      { ids: english.anchors, weight: english.anchorWeight },
      weights,
    ) +
    evidenceCost(
      COGNATES.scale,
      COGNATES.saturation,
      { ids: french.cognates, weight: french.cognateWeight },
      { ids: english.cognates, weight: english.cognateWeight },
      weights,
    ) +
    strayCost(french, english, weights) +
    strayCost(english, french, weights) +
    kinds
  );
}

/** The cost of pairing these French units with these English units (one side may be empty). */
export function beadCost(
  french: readonly AlignUnit[],
  english: readonly AlignUnit[],
  prior: number,
  parameters: AlignParameters,
): number {
  const index = new EvidenceIndex(parameters.weights);
  const frenchSegment = french.length > 0 ? segmentOf(french, index) : null;
  const englishSegment = english.length > 0 ? segmentOf(english, index) : null;
  return segmentCost(frenchSegment, englishSegment, prior, parameters, index.weights);
}

const union = (units: readonly AlignUnit[], field: 'anchors' | 'cognates' = 'anchors'): Set<string> =>
  new Set(units.flatMap((unit) => [...unit[field]]));
const lengthOf = (units: readonly AlignUnit[]): number => units.reduce((sum, unit) => sum + unit.length, 0);

/**
 * How sure a pairing is, 0 to 1: the length's probability with the anchors shared (or, for
 * texts without anchors, the cognates shared: a translation shares about half of its stems),
 * less for unlike kinds.
 */
export function pairConfidence(
  french: readonly AlignUnit[],
  english: readonly AlignUnit[],
  parameters: AlignParameters,
): number {
  const length = lengthProbability(lengthOf(french), lengthOf(english), parameters);
  const a = union(french);
  const b = union(english);
  const cognates = anchorSimilarity(union(french, 'cognates'), union(english, 'cognates'), parameters.weights);
  const base =
    a.size + b.size > 0
      ? 0.4 * length + 0.6 * anchorSimilarity(a, b, parameters.weights)
      : 0.5 * length + 0.5 * Math.min(1, cognates * 2);
  let kinds = 0;
  for (const f of french) for (const e of english) kinds = Math.max(kinds, kindCost(f.kind, e.kind));
  return base * Math.exp(-kinds / 4);
}
