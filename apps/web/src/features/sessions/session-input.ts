import type { SessionBody, SessionModality } from '@securebase/contracts';

export interface SessionInput {
  /** `YYYY-MM-DD` from a date input, in the clinician's own time zone. */
  date: string;
  /** `HH:MM` from a time input. */
  time: string;
  duration: string;
  modality: SessionModality;
  attendeeIds: readonly string[];
}

export type SessionProblem =
  | { field: 'date'; problem: 'missing' | 'future' }
  | { field: 'time'; problem: 'missing' }
  | { field: 'duration'; problem: 'range' }
  | { field: 'attendeeIds'; problem: 'none' };

/** The local date and time as an instant, or undefined when they do not make one. */
export function localInstant(date: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const at = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** Checks the form as the server will, so the clinician hears about it before sending. */
export function sessionBody(
  input: SessionInput,
  now: Date,
): { ok: true; body: SessionBody } | { ok: false; problems: SessionProblem[] } {
  const problems: SessionProblem[] = [];
  if (!input.date) problems.push({ field: 'date', problem: 'missing' });
  if (!input.time) problems.push({ field: 'time', problem: 'missing' });
  const at = localInstant(input.date, input.time);
  if (at && at.getTime() > now.getTime() + 15 * 60_000) {
    problems.push({ field: 'date', problem: 'future' });
  }
  const minutes = Number(input.duration);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480) {
    problems.push({ field: 'duration', problem: 'range' });
  }
  if (input.attendeeIds.length === 0) problems.push({ field: 'attendeeIds', problem: 'none' });
  if (problems.length > 0 || !at) return { ok: false, problems };
  return {
    ok: true,
    body: {
      heldAt: at.toISOString(),
      durationMinutes: minutes,
      modality: input.modality,
      attendeeIds: [...input.attendeeIds],
    },
  };
}

/** Today's date and the time now (to the minute), for the form's starting values. */
export function nowInputs(now: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}
