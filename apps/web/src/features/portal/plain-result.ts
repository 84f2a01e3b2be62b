/**
 * A shared result in the terms a client reads it in: each score with its range, the band it
 * falls in (with that band's edges, so the words can stay tentative), which way is easier, and
 * the change since last time. No clinician notes, no item answers. Pure (unit-tested).
 */
import type { ResponseResult } from '@securebase/contracts';
import { bandsFor } from '../assessments/instrument-info';

export type Easier = 'lower' | 'higher' | 'neither';

export interface PlainScore {
  name: string;
  label: string;
  /** A number, a named category, or null when it could not be worked out. */
  value: number | string | null;
  min: number | null;
  max: number | null;
  band: { label: string; min: number; max: number } | null;
  /** Every band of the score, lowest first (for the little scale). */
  bands: { label: string; min: number; max: number }[];
  easier: Easier;
  change: {
    previous: number;
    difference: number;
    /** True when larger than chance variation, false when not, null when not known. */
    beyondChance: boolean | null;
  } | null;
}

const BEYOND_CHANCE = new Set(['reliably_improved', 'reliably_deteriorated', 'recovered']);

export function easierWay(direction: string): Easier {
  if (direction === 'higher_is_worse') return 'lower';
  if (direction === 'higher_is_better') return 'higher';
  return 'neither';
}

export function plainScores(result: ResponseResult): PlainScore[] {
  return result.scores.map((score) => {
    const bands = [...(bandsFor(result.instrumentId, score.name)?.bands ?? [])].sort(
      (a, b) => a.min - b.min,
    );
    const band = bands.find((candidate) => candidate.label === score.band) ?? null;
    const line = result.changeSincePrevious.find((candidate) => candidate.score === score.name);
    const category = line?.reliableChange?.category;
    return {
      name: score.name,
      label: score.label,
      value: score.value,
      min: score.min,
      max: score.max,
      band,
      bands,
      easier: easierWay(score.direction),
      change: line
        ? {
            previous: line.previous,
            difference: line.difference,
            beyondChance:
              category === undefined
                ? null
                : BEYOND_CHANCE.has(category)
                  ? true
                  : category === 'no_reliable_change'
                    ? false
                    : null,
          }
        : null,
    };
  });
}

/** Where `value` sits along [min, max], 0–100 (clamped), for the marker on the scale. */
export function percentAlong(value: number, min: number, max: number): number {
  if (!(max > min)) return 50;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}
