/**
 * Ranges over a text, resolved into segments: the one place that decides how the inline layers
 * of a passage (contact points, footnote markers, glossary terms; later highlights, notes and
 * search hits) share its text. Sources only say where their ranges are; this module settles
 * overlaps; components and snippet builders render the segments.
 *
 * The rules:
 * - Offsets are UTF-16 code units (JavaScript string indices): `start` inclusive, `end` exclusive.
 * - A range is ignored, never thrown on, when its offsets are not whole numbers, when it is
 *   empty or reversed (`end <= start`), when it reaches outside the text, or when one of its ends
 *   falls between the two halves of a surrogate pair (an emoji would be cut in two).
 * - **Atomic** ranges become one element each (a link, a copyable contact, a term) and so never
 *   overlap one another. They come in layers, highest priority first (in the reader: contacts,
 *   then footnote markers, then glossary terms). A range that overlaps one already kept is
 *   dropped, whatever its layer; a layer's ranges are considered after every range of the layers
 *   above it, and within one layer the one that starts first wins, then the longer, then the one
 *   given first. Ranges that only touch (one ends where the next starts) do not overlap.
 * - **Decoration** ranges (highlights, search hits) are all kept: they may overlap one another,
 *   nest, and cross the edges of atomic ranges.
 * - The text is cut at every boundary of every kept range. The segments cover the whole text in
 *   reading order; each carries the atomic range it belongs to (the very object given, or `null`)
 *   and the decorations covering it, outermost first (earlier start, then later end, then the
 *   order given), so nested marks wrap each other the same way in every segment. Neighbouring
 *   segments never carry the same ranges. An empty text has no segments.
 * - A decoration crossing an atomic range is cut at its edge: the atomic range's segments are
 *   consecutive, and `groupByAtomic` gathers them so that they render inside one element.
 */

/** A stretch of text claimed by one layer (`contact`, `glossary-term`, `highlight`…), with its data. */
export interface TextRange<Layer extends string = string, Data = unknown> {
  readonly layer: Layer;
  readonly start: number;
  readonly end: number;
  readonly data: Data;
}

/** The ranges to resolve over one text. */
export interface RangeLayers<Atomic extends TextRange, Decoration extends TextRange> {
  /** Atomic ranges, one list per layer, the layer with the highest priority first. */
  readonly atomic?: ReadonlyArray<ReadonlyArray<Atomic>>;
  /** Decorations, of any layers, in any order. */
  readonly decorations?: ReadonlyArray<Decoration>;
}

/** A piece of the text with no range boundary inside it. */
export interface TextSegment<Atomic extends TextRange = TextRange, Decoration extends TextRange = TextRange> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The atomic range this piece belongs to, if any. */
  readonly atomic: Atomic | null;
  /** The decorations covering this piece, outermost first. */
  readonly decorations: readonly Decoration[];
}

/** Consecutive segments sharing one atomic range (or none): what renders as one element. */
export interface SegmentGroup<Atomic extends TextRange = TextRange, Decoration extends TextRange = TextRange> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly atomic: Atomic | null;
  readonly segments: ReadonlyArray<TextSegment<Atomic, Decoration>>;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset would cut a surrogate pair in two. */
const splitsSurrogatePair = (text: string, offset: number): boolean =>
  offset > 0 &&
  offset < text.length &&
  isHighSurrogate(text.charCodeAt(offset - 1)) &&
  isLowSurrogate(text.charCodeAt(offset));

/** Whether a range can be drawn over this text at all. */
export function isValidRange(text: string, range: Pick<TextRange, 'start' | 'end'>): boolean {
  const { start, end } = range;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= text.length &&
    start < end &&
    !splitsSurrogatePair(text, start) &&
    !splitsSurrogatePair(text, end)
  );
}

const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

/** The atomic ranges that survive, in reading order. */
function keepAtomic<Atomic extends TextRange>(text: string, layers: ReadonlyArray<ReadonlyArray<Atomic>>): Atomic[] {
  const candidates = layers.flatMap((ranges, priority) =>
    ranges.flatMap((range, order) => (isValidRange(text, range) ? [{ range, priority, order }] : [])),
  );
  candidates.sort(
    (a, b) =>
      a.priority - b.priority || a.range.start - b.range.start || b.range.end - a.range.end || a.order - b.order,
  );
  const kept: Atomic[] = [];
  for (const { range } of candidates) if (!kept.some((other) => overlaps(range, other))) kept.push(range);
  return kept.sort((a, b) => a.start - b.start);
}

/** The decorations that can be drawn, outermost first. */
function orderDecorations<Decoration extends TextRange>(
  text: string,
  decorations: ReadonlyArray<Decoration>,
): Decoration[] {
  return decorations
    .map((range, order) => ({ range, order }))
    .filter(({ range }) => isValidRange(text, range))
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || a.order - b.order)
    .map(({ range }) => range);
}

/** Resolves the ranges over a text into the segments that render it; see the module's rules. */
export function resolveRanges<Atomic extends TextRange = TextRange, Decoration extends TextRange = TextRange>(
  text: string,
  layers: RangeLayers<Atomic, Decoration>,
): Array<TextSegment<Atomic, Decoration>> {
  if (text.length === 0) return [];
  const atomic = keepAtomic(text, layers.atomic ?? []);
  const decorations = orderDecorations(text, layers.decorations ?? []);
  const boundaries = [
    ...new Set([0, text.length, ...[...atomic, ...decorations].flatMap((range) => [range.start, range.end])]),
  ].sort((a, b) => a - b);

  const segments: Array<TextSegment<Atomic, Decoration>> = [];
  let next = 0; // the first kept atomic range that does not end before the current segment
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const start = boundaries[index] ?? 0;
    const end = boundaries[index + 1] ?? text.length;
    while (next < atomic.length && (atomic[next]?.end ?? 0) <= start) next += 1;
    const candidate = atomic[next];
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      atomic: candidate && candidate.start <= start ? candidate : null,
      decorations: decorations.filter((range) => range.start <= start && end <= range.end),
    });
  }
  return segments;
}

/** Gathers consecutive segments of the same atomic range (or of none) into one group each. */
export function groupByAtomic<Atomic extends TextRange, Decoration extends TextRange>(
  segments: ReadonlyArray<TextSegment<Atomic, Decoration>>,
): Array<SegmentGroup<Atomic, Decoration>> {
  const runs: Array<Array<TextSegment<Atomic, Decoration>>> = [];
  for (const segment of segments) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && previous.atomic === segment.atomic && previous.end === segment.start) run.push(segment);
    else runs.push([segment]);
  }
  return runs.map((run) => ({
    start: run[0]?.start ?? 0,
    end: run.at(-1)?.end ?? 0,
    text: run.map((segment) => segment.text).join(''),
    atomic: run[0]?.atomic ?? null,
    segments: run,
  }));
}
