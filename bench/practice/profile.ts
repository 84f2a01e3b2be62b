/**
 * Where the time of one call goes, from V8's sampling CPU profiler (node:inspector): self time
 * of every sampled function, put into a few buckets. better-sqlite3 is synchronous, so the
 * SQLite work, the fsync at COMMIT included, is sampled inside its native functions.
 */
import type { Profiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';

export const BUCKETS = ['sqlite', 'kysely', 'zones', 'gc', 'other', 'unattributed'] as const;
export type Bucket = (typeof BUCKETS)[number];
export type Split = Record<Bucket, number>;

export const emptySplit = (): Split => ({
  sqlite: 0,
  kysely: 0,
  zones: 0,
  gc: 0,
  other: 0,
  unattributed: 0,
});

const SQLITE_NATIVE = new Set(['run', 'all', 'get', 'iterate', 'Statement', 'exec', 'pragma']);
const ZONE_HELPERS = new Set(['localDateIn', 'localTimeIn']);

function bucketOf(frame: Profiler.ProfileNode['callFrame']): Bucket {
  const { functionName: name, url } = frame;
  if (url.includes('better-sqlite3') || (url === '' && SQLITE_NATIVE.has(name))) return 'sqlite';
  if (url.includes('/kysely/')) return 'kysely';
  if (ZONE_HELPERS.has(name) && url.includes('practice')) return 'zones';
  if (name === '(garbage collector)') return 'gc';
  // V8's own time and the inspector handling the profiler's messages (`dispatch`).
  if (name === '(program)' || name === '(idle)' || (url === '' && name === 'dispatch')) {
    return 'unattributed';
  }
  return 'other';
}

/** Milliseconds of self time per bucket while `work` ran (sampled every 200 µs). */
export async function profile<T>(work: () => Promise<T>): Promise<{ split: Split; value: T }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const value = await work();
    const { profile: taken } = await session.post('Profiler.stop');
    const spent = new Map<number, number>();
    const samples = taken.samples ?? [];
    const deltas = taken.timeDeltas ?? [];
    samples.forEach((id, i) => spent.set(id, (spent.get(id) ?? 0) + (deltas[i] ?? 0)));
    const split = emptySplit();
    for (const node of taken.nodes) {
      split[bucketOf(node.callFrame)] += (spent.get(node.id) ?? 0) / 1000;
    }
    return { split, value };
  } finally {
    session.disconnect();
  }
}
