import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median items per second over the runs. */
  readonly perSecond: number;
  /** Microseconds per item at the median. */
  readonly microseconds: number;
  readonly runs: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Runs `pass` (which handles `count` items) once to warm up, then `runs` times timed;
 * reports the median rate. `pass` returns a value that is kept so the work is not optimised away.
 */
export async function time(
  count: number,
  runs: number,
  pass: () => unknown,
  warmups = 2,
): Promise<Timing> {
  const sink: unknown[] = [];
  for (let index = 0; index < warmups; index += 1) sink.push(await pass());
  const rates: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    sink.push(await pass());
    const seconds = (performance.now() - start) / 1000;
    rates.push(count / seconds);
  }
  if (sink.length === 0) throw new Error('nothing was timed');
  const perSecond = median(rates);
  return { perSecond, microseconds: 1e6 / perSecond, runs: rates };
}
