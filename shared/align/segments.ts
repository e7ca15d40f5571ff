import type { AnchorWeights } from './anchors';

/**
 * The aligner's inner loop weighs every candidate bead, hundreds of thousands of them for a
 * long page: anchors and cognates are turned into small integers once, each unit and each
 * pair of neighbours into a segment of sorted ids once, and a bead's shared evidence is then
 * a merge of two sorted arrays instead of set building and string hashing.
 */

/** What a segment needs of a unit. */
export interface SegmentSource {
  kind: string;
  length: number;
  anchors: ReadonlySet<string>;
  cognates: ReadonlySet<string>;
}

/** One or two neighbouring units of one side, as a bead's side. */
export interface Segment {
  length: number;
  kinds: readonly string[];
  anchors: Int32Array;
  anchorWeight: number;
  cognates: Int32Array;
  cognateWeight: number;
  /** Anchors and cognates together. */
  evidence: Int32Array;
  /** Each unit's own evidence, with its weight (for the check that each unit of a merge belongs). */
  members: ReadonlyArray<{ evidence: Int32Array; weight: number }>;
}

/** Integer ids for anchors and cognates, with their weights. */
export class EvidenceIndex {
  private readonly ids = new Map<string, number>();
  private readonly weightList: number[] = [];

  constructor(private readonly source: AnchorWeights | undefined) {}

  /** The weights by id; read after every segment is made. */
  get weights(): Float64Array {
    return Float64Array.from(this.weightList);
  }

  idsOf(items: Iterable<string>): Int32Array {
    const result: number[] = [];
    for (const item of items) {
      let id = this.ids.get(item);
      if (id === undefined) {
        id = this.weightList.length;
        this.ids.set(item, id);
        this.weightList.push(this.source?.get(item) ?? 1);
      }
      result.push(id);
    }
    return Int32Array.from(new Set(result)).sort();
  }

  weightOf(ids: Int32Array): number {
    let total = 0;
    for (const id of ids) total += this.weightList[id] ?? 1;
    return total;
  }
}

/** The sorted union of sorted id arrays. */
function union(arrays: readonly Int32Array[]): Int32Array {
  if (arrays.length === 1) return arrays[0] ?? new Int32Array();
  return Int32Array.from(new Set(arrays.flatMap((array) => [...array]))).sort();
}

export function segmentOf(units: readonly SegmentSource[], index: EvidenceIndex): Segment {
  const anchors = union(units.map((unit) => index.idsOf(unit.anchors)));
  const cognates = union(units.map((unit) => index.idsOf(unit.cognates)));
  const members = units.map((unit) => {
    const evidence = index.idsOf([...unit.anchors, ...unit.cognates]);
    return { evidence, weight: index.weightOf(evidence) };
  });
  return {
    length: units.reduce((sum, unit) => sum + unit.length, 0),
    kinds: units.map((unit) => unit.kind),
    anchors,
    anchorWeight: index.weightOf(anchors),
    cognates,
    cognateWeight: index.weightOf(cognates),
    evidence: union(members.map((member) => member.evidence)),
    members,
  };
}

/** The summed weight of the ids two sorted arrays share. */
export function sharedWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += weights[x] ?? 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}
