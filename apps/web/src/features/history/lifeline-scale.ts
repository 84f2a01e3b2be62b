/**
 * Pure time geometry of the lifeline: which axis to draw (calendar years, or ages when only ages
 * are known), where each entry sits on it, the axis domain and its ticks, and time order.
 * No DOM (unit-tested).
 */
import type { HistoryKind } from '@securebase/contracts';

export type AxisMode = 'year' | 'age';

/** The timing fields of an entry, as the server returns them. */
export interface Timing {
  kind: HistoryKind;
  from: string | null;
  to: string | null;
  ageFrom: number | null;
  ageTo: number | null;
}

/** Caregivers and relationships last a while and are drawn as bars; the rest are events. */
export const SPAN_KINDS: readonly HistoryKind[] = ['caregiver', 'significant_relationship'];
export const isSpanKind = (kind: HistoryKind) => SPAN_KINDS.includes(kind);

/** Where an entry sits: `start`, and `end` for a span or an event that lasted. */
export interface Placement {
  start: number;
  end: number | null;
  /** Placed from an age and a birth year (about a year either way). */
  approximate: boolean;
  /** A span with no end yet, drawn up to `openEnd`. */
  ongoing: boolean;
}

function isLeap(year: number) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `1996-07-02` → 1996.5: a calendar date as a fractional year. Null for anything else. */
export function dateToYear(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const start = Date.UTC(year, 0, 1);
  const at = Date.UTC(year, month - 1, day);
  const length = isLeap(year) ? 366 : 365;
  return year + (at - start) / 86_400_000 / length;
}

/** Calendar years when any entry has a date; ages when only ages are known; null otherwise. */
export function axisModeOf(entries: readonly Timing[]): AxisMode | null {
  if (entries.some((entry) => entry.from !== null || entry.to !== null)) return 'year';
  if (entries.some((entry) => entry.ageFrom !== null || entry.ageTo !== null)) return 'age';
  return null;
}

/** An age on the axis: itself in age mode, the birth year plus the age in year mode. */
function ageOnAxis(age: number, mode: AxisMode, birthYear: number | null): number | null {
  if (mode === 'age') return age;
  return birthYear === null ? null : birthYear + age;
}

/**
 * Where an open span ends: now. In age mode that is the person's age today when the birth year
 * is known, otherwise the oldest age anyone wrote down.
 */
export function openEndOf(
  entries: readonly Timing[],
  mode: AxisMode,
  birthYear: number | null,
  today: string,
): number {
  const now = dateToYear(today) ?? new Date().getUTCFullYear();
  if (mode === 'year') return now;
  if (birthYear !== null) return Math.max(0, Math.floor(now - birthYear));
  const ages = entries.flatMap((entry) => [entry.ageFrom, entry.ageTo]);
  return Math.max(0, ...ages.filter((age): age is number => age !== null));
}

/** Where an entry sits on the axis, or null when its time is not known on this axis. */
export function placeEntry(
  entry: Timing,
  mode: AxisMode,
  birthYear: number | null,
  openEnd: number,
): Placement | null {
  const span = isSpanKind(entry.kind);
  const fromDate = entry.from === null ? null : dateToYear(entry.from);
  const toDate = entry.to === null ? null : dateToYear(entry.to);
  let start: number | null = null;
  let end: number | null = null;
  let approximate = false;
  if (mode === 'year' && fromDate !== null) {
    start = fromDate;
    end = toDate;
  } else if (entry.ageFrom !== null) {
    start = ageOnAxis(entry.ageFrom, mode, birthYear);
    end = entry.ageTo === null ? null : ageOnAxis(entry.ageTo, mode, birthYear);
    approximate = mode === 'year';
  }
  if (start === null) return null;
  const ongoing = span && end === null;
  if (ongoing) end = Math.max(start, openEnd);
  if (end !== null && end < start) end = start;
  return { start, end, approximate, ongoing };
}

/** The axis range: from birth when it is known (a lifeline starts there) to the last moment. */
export function domainOf(
  placements: readonly Placement[],
  mode: AxisMode,
  birthYear: number | null,
): [number, number] {
  const starts = placements.map((p) => p.start);
  const ends = placements.map((p) => p.end ?? p.start);
  let lo = Math.min(...starts);
  let hi = Math.max(...ends);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  const birth = mode === 'age' ? 0 : birthYear;
  if (birth !== null && birth <= lo) lo = birth;
  lo = Math.floor(lo);
  if (hi - lo < 2) {
    lo -= 1;
    hi += 1;
  }
  return [lo, hi];
}

/** Maps `value` in the domain onto [x0, x1]. */
export function toX(value: number, domain: [number, number], x0: number, x1: number) {
  const [d0, d1] = domain;
  if (d1 === d0) return (x0 + x1) / 2;
  return x0 + ((value - d0) / (d1 - d0)) * (x1 - x0);
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/** Whole-number ticks (every 1, 2, 5, 10… units), at most `maxTicks` of them. */
export function axisTicks(domain: [number, number], maxTicks: number): number[] {
  const [lo, hi] = domain;
  const count = (step: number) => Math.floor(hi / step) - Math.ceil(lo / step) + 1;
  const step = STEPS.find((s) => count(s) <= Math.max(2, maxTicks)) ?? 100;
  const ticks: number[] = [];
  for (let value = Math.ceil(lo / step) * step; value <= hi; value += step) ticks.push(value);
  return ticks;
}

/** The entries in time order on one axis; those it cannot place come last, oldest written first. */
export function inTimeOrder<E extends Timing & { createdAt: string }>(
  entries: readonly E[],
  birthYear: number | null,
  today: string,
): E[] {
  const mode = axisModeOf(entries) ?? 'age';
  const openEnd = openEndOf(entries, mode, birthYear, today);
  const keyed = entries.map((entry) => ({
    entry,
    place: placeEntry(entry, mode, birthYear, openEnd),
  }));
  return keyed
    .sort((a, b) => {
      if (a.place && b.place) {
        return a.place.start - b.place.start || a.entry.createdAt.localeCompare(b.entry.createdAt);
      }
      if (a.place) return -1;
      if (b.place) return 1;
      const ageA = a.entry.ageFrom ?? Number.POSITIVE_INFINITY;
      const ageB = b.entry.ageFrom ?? Number.POSITIVE_INFINITY;
      if (ageA !== ageB) return ageA - ageB;
      return a.entry.createdAt.localeCompare(b.entry.createdAt);
    })
    .map((item) => item.entry);
}
