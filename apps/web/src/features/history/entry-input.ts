/**
 * Pure: turns what a person typed into the timing part of a history entry's body, or names the
 * field that cannot be read. Order and "not in the future" are the server's to judge (its 400
 * names the field, and the form shows it there). No DOM (unit-tested).
 */

export type TimingMode = 'ages' | 'dates';

export interface TimingInput {
  mode: TimingMode;
  from: string;
  to: string;
  ageFrom: string;
  ageTo: string;
}

export interface TimingBody {
  from?: string;
  to?: string;
  ageFrom?: number;
  ageTo?: number;
}

export type TimingField = 'from' | 'to' | 'ageFrom' | 'ageTo';

export type TimingResult =
  | { ok: true; body: TimingBody }
  | { ok: false; field: TimingField; problem: 'age' | 'date' | 'start' };

export const EMPTY_TIMING: TimingInput = { mode: 'ages', from: '', to: '', ageFrom: '', ageTo: '' };

/** "7" → 7; "" → undefined; anything but a whole number from 0 to 120 → null. */
export function readAge(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const age = Number(trimmed);
  return age <= 120 ? age : null;
}

/** A `<input type="date">` value, or undefined when empty, or null when it is not a date. */
export function readDate(text: string): string | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : null;
}

/** Only the fields of the chosen mode are sent; empty fields are left out. */
export function timingBody(input: TimingInput): TimingResult {
  const body: TimingBody = {};
  if (input.mode === 'dates') {
    for (const field of ['from', 'to'] as const) {
      const value = readDate(input[field]);
      if (value === null) return { ok: false, field, problem: 'date' };
      if (value !== undefined) body[field] = value;
    }
    return { ok: true, body };
  }
  for (const field of ['ageFrom', 'ageTo'] as const) {
    const value = readAge(input[field]);
    if (value === null) return { ok: false, field, problem: 'age' };
    if (value !== undefined) body[field] = value;
  }
  // The server asks a span of dates for its start; a span of ages needs one just as much.
  if (body.ageTo !== undefined && body.ageFrom === undefined) {
    return { ok: false, field: 'ageFrom', problem: 'start' };
  }
  return { ok: true, body };
}
