/**
 * Maps `items` through the asynchronous `work` with up to `window` items started but not yet
 * consumed, and yields the results in the order of `items`. Results that finish early wait
 * in the window for the ones before them, so it is both the reorder buffer and the back
 * pressure: a slow consumer (a full pipe) stops new work, and memory holds at most `window`
 * results however long the input is. Items are pulled from `items` lazily, as room frees up.
 */
export async function* orderedMap<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const iterator = items[Symbol.asyncIterator]();
  const started: Promise<R>[] = [];
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && started.length < window) {
      const next = await iterator.next();
      if (next.done) exhausted = true;
      else {
        const result = work(next.value);
        // A failure is seen when its turn comes; until then it must not count as unhandled.
        result.catch(() => {});
        started.push(result);
      }
    }
  };
  try {
    await fill();
    while (started.length > 0) {
      yield await started.shift()!;
      await fill();
    }
  } finally {
    // Stopped early (--fail-fast, a closed pipe): close the walk too.
    if (!exhausted) await iterator.return?.();
  }
}
