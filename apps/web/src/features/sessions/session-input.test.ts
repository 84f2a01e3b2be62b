import { describe, expect, it } from 'vitest';
import { localInstant, nowInputs, sessionBody, type SessionInput } from './session-input';

const now = new Date(2026, 2, 10, 12, 0);
const input: SessionInput = {
  date: '2026-03-10',
  time: '09:30',
  duration: '50',
  modality: 'in_person',
  attendeeIds: ['m1'],
};

describe('sessionBody', () => {
  it('turns the local date and time into the instant the server stores', () => {
    const result = sessionBody(input, now);
    expect(result).toEqual({
      ok: true,
      body: {
        heldAt: new Date(2026, 2, 10, 9, 30).toISOString(),
        durationMinutes: 50,
        modality: 'in_person',
        attendeeIds: ['m1'],
      },
    });
  });

  it('names every problem at once', () => {
    const result = sessionBody(
      { ...input, date: '', time: '', duration: '3', attendeeIds: [] },
      now,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.problem}`)).toEqual([
      'date:missing',
      'time:missing',
      'duration:range',
      'attendeeIds:none',
    ]);
  });

  it('refuses a session that has not happened yet, but allows a few minutes of clock skew', () => {
    const later = sessionBody({ ...input, time: '13:00' }, now);
    expect(later.ok ? [] : later.problems).toEqual([{ field: 'date', problem: 'future' }]);
    expect(sessionBody({ ...input, time: '12:10' }, now).ok).toBe(true);
  });

  it('refuses durations that are not whole minutes between 5 and 480', () => {
    for (const duration of ['4', '481', '50.5', 'fifty']) {
      expect(sessionBody({ ...input, duration }, now).ok, duration).toBe(false);
    }
  });
});

describe('localInstant and nowInputs', () => {
  it('round-trip a local date and time', () => {
    const at = localInstant('2026-10-25', '01:30');
    expect(at && nowInputs(at)).toEqual({ date: '2026-10-25', time: '01:30' });
    expect(localInstant('25/10/2026', '01:30')).toBeUndefined();
  });
});
