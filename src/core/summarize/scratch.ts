/**
 * Reusable work arrays. A typed array longer than 64 bytes costs V8 an off-heap allocation
 * (~0.3–1 µs, more than the work on a news article's few dozen sentences), so the arrays a
 * summary needs only while one function runs are kept and reused, growing as needed.
 * Each instance belongs to one function and what it hands out must never be returned or kept
 * past that function's call (summaries run synchronously, so no other call can interleave).
 */
class Scratch<A extends Float64Array | Int32Array> {
  private array: A;

  constructor(private readonly make: (length: number) => A) {
    this.array = make(MIN_LENGTH);
  }

  /** An array of at least `length` elements, the first `length` of them zero. */
  zeroed(length: number): A {
    if (needsNew(this.array.length, length)) this.array = this.make(newLength(this.array.length, length));
    else this.array.fill(0, 0, length);
    return this.array;
  }
}

export class Float64Scratch extends Scratch<Float64Array> {
  constructor() {
    super((length) => new Float64Array(length));
  }
}

export class Int32Scratch extends Scratch<Int32Array> {
  constructor() {
    super((length) => new Int32Array(length));
  }
}

const MIN_LENGTH = 64;
/** Arrays past this length are not kept for far smaller requests: one huge input must not pin its memory. */
const KEEP_LIMIT = 1 << 16;

function needsNew(current: number, length: number): boolean {
  return length > current || (current > KEEP_LIMIT && 4 * length < current);
}

/** Doubling when growing, so a run of ever larger inputs reallocates rarely. */
function newLength(current: number, length: number): number {
  return length > current ? Math.max(length, 2 * current) : Math.max(MIN_LENGTH, length);
}
