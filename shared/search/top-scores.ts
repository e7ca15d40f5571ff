/**
 * The positions of the `limit` highest of the first `count` scores, highest first (equal
 * scores in position order). A heap of `limit` items: picking sixty of sixty thousand matches
 * costs a pass over them, not a sort of all of them.
 *
 * The heap is a typed array and its moves plain assignments: with a comparison closure and
 * swaps by destructuring, picking 160 of 5,000 took twice as long (a sixth of a common query).
 */
export function topScores(scores: ArrayLike<number>, count: number, limit: number): number[] {
  const size = Math.max(0, Math.min(limit, count));
  if (size === 0) return [];
  // A min-heap on (score, then the later position): its root is the weakest kept.
  const heap = new Int32Array(size);
  let length = 0;
  for (let position = 0; position < count; position += 1) {
    const score = scores[position]!;
    if (length < size) {
      length = siftUp(heap, length, scores, position, score);
    } else {
      const root = heap[0]!;
      if (weaker(scores[root]!, root, score, position)) siftDown(heap, length, scores, position, score);
    }
  }
  return Array.from(heap).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** Whether (score a at position a) is weaker than (score b at position b): lower, or equal and later. */
const weaker = (scoreA: number, positionA: number, scoreB: number, positionB: number): boolean =>
  scoreA < scoreB || (scoreA === scoreB && positionA > positionB);

/** Adds a position to the heap's `length` items; the new length. */
function siftUp(heap: Int32Array, length: number, scores: ArrayLike<number>, position: number, score: number): number {
  let at = length;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    const above = heap[parent]!;
    if (!weaker(score, position, scores[above]!, above)) break;
    heap[at] = above;
    at = parent;
  }
  heap[at] = position;
  return length + 1;
}

/** Puts a position in place of the heap's root (the weakest), and lets it sink to its place. */
function siftDown(heap: Int32Array, length: number, scores: ArrayLike<number>, position: number, score: number): void {
  let at = 0;
  for (;;) {
    const left = at * 2 + 1;
    if (left >= length) break;
    let child = left;
    let childPosition = heap[left]!;
    let childScore = scores[childPosition]!;
    const right = left + 1;
    if (right < length) {
      const rightPosition = heap[right]!;
      const rightScore = scores[rightPosition]!;
      if (weaker(rightScore, rightPosition, childScore, childPosition)) {
        child = right;
        childPosition = rightPosition;
        childScore = rightScore;
      }
    }
    if (!weaker(childScore, childPosition, score, position)) break;
    heap[at] = childPosition;
    at = child;
  }
  heap[at] = position;
}
