/**
 * The positions of the `limit` highest of the first `count` scores, highest first (equal
 * scores in position order). A heap of `limit` items: picking sixty of sixty thousand matches
 * costs a pass over them, not a sort of all of them.
 */
export function topScores(scores: ArrayLike<number>, count: number, limit: number): number[] {
  const size = Math.max(0, Math.min(limit, count));
  if (size === 0) return [];
  // A min-heap on (score, then the later position): its root is the weakest kept.
  const heap: number[] = [];
  const weaker = (a: number, b: number): boolean => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let weakest = at;
      if (left < heap.length && weaker(heap[left]!, heap[weakest]!)) weakest = left;
      if (right < heap.length && weaker(heap[right]!, heap[weakest]!)) weakest = right;
      if (weakest === at) return;
      [heap[at], heap[weakest]] = [heap[weakest]!, heap[at]!];
      at = weakest;
    }
  };
  for (let position = 0; position < count; position += 1) {
    if (heap.length < size) {
      heap.push(position);
      let at = heap.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!weaker(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (weaker(heap[0]!, position)) {
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
