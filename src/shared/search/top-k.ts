/**
 * The `limit` docs with the highest keys, best first, ties to the lower doc number. A min-heap
 * of size `limit`: O(n log limit), so that 50 out of 50 000 costs little and so does the
 * directory asking for thousands to filter them afterwards.
 */
export function topByKey(docs: number[], key: Float64Array, limit: number): number[] {
  const worse = (a: number, b: number) =>
    (key[a] as number) < (key[b] as number) || (key[a] === key[b] && a > b);
  const bestFirst = (a: number, b: number) => (key[b] as number) - (key[a] as number) || a - b;
  if (docs.length <= limit) return docs.sort(bestFirst);

  // heap[0] is the worst of the best so far.
  const heap = docs.slice(0, limit);
  for (let i = (limit >> 1) - 1; i >= 0; i--) siftDown(heap, i, worse);
  for (let i = limit; i < docs.length; i++) {
    const doc = docs[i] as number;
    if (worse(heap[0] as number, doc)) {
      heap[0] = doc;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort(bestFirst);
}

function siftDown(heap: number[], from: number, worse: (a: number, b: number) => boolean): void {
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let least = i;
    if (left < heap.length && worse(heap[left] as number, heap[least] as number)) least = left;
    if (right < heap.length && worse(heap[right] as number, heap[least] as number)) least = right;
    if (least === i) return;
    const swap = heap[i] as number;
    heap[i] = heap[least] as number;
    heap[least] = swap;
    i = least;
  }
}
