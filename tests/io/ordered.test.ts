import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/io/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number, pulled: number[] = []): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    pulled.push(i);
    yield i;
  }
}

describe('orderedMap', () => {
  it('yields results in input order when later items finish first', async () => {
    const out: number[] = [];
    for await (const x of orderedMap(numbers(10), async (i) => (await sleep((10 - i) * 3), i * 10), 4)) out.push(x);
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('never has more than `window` items started and not yet consumed', async () => {
    let running = 0;
    let most = 0;
    const work = async (i: number) => {
      running++;
      most = Math.max(most, running);
      await sleep(1);
      return i;
    };
    for await (const _ of orderedMap(numbers(50), work, 3)) {
      running--;
      await sleep(2); // a slow consumer
    }
    expect(most).toBe(3);
  });

  it('pulls inputs lazily, so a consumer that stops early leaves the rest unread', async () => {
    const pulled: number[] = [];
    for await (const x of orderedMap(numbers(1000, pulled), async (i) => i, 5)) if (x === 2) break;
    expect(pulled.length).toBeLessThanOrEqual(8);
  });

  it('passes a failure on in its turn', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const x of orderedMap(numbers(5), async (i) => (i === 3 ? Promise.reject(new Error('three')) : i), 5)) out.push(x);
    };
    await expect(run()).rejects.toThrow('three');
    expect(out).toEqual([0, 1, 2]);
  });
});
