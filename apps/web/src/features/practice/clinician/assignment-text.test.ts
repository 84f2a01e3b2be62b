import type { ExerciseAssignment } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { assignBody, settingsFor, startingDraft, zoneChoices } from './assign-body';
import { cadenceText, completionText, exerciseName } from './assignment-text';

const t = i18n.t;
const date = (d: string) => `<${d}>`;
const today = '2026-01-10';

function given(patch: Partial<ExerciseAssignment>): ExerciseAssignment {
  return {
    id: 'a1',
    caseId: 'c1',
    memberId: 'm1',
    memberName: 'Alex',
    kind: 'emotion_log',
    settings: {},
    note: '',
    cadence: 'daily',
    startsOn: '2026-01-05',
    until: '2026-01-18',
    timeZone: 'Europe/London',
    shareByDefault: false,
    assignedBy: 'Dr Rivera',
    createdAt: '2026-01-05T09:00:00Z',
    endedAt: null,
    completion: { periods: 5, done: 3, lastDoneAt: '2026-01-09T20:00:00Z' },
    ...patch,
  };
}

describe('describing an exercise given', () => {
  it('names the kind and what was chosen', () => {
    expect(exerciseName(given({}), t)).toBe('Emotion log');
    expect(
      exerciseName(given({ kind: 'regulation_skill', settings: { skillId: 'slow-breath' } }), t),
    ).toBe('Regulation skill: Slow breathing');
    expect(
      exerciseName(
        given({ kind: 'mindfulness', settings: { practiceId: 'breath', minutes: 5 } }),
        t,
      ),
    ).toBe('Mindfulness: Mindful breathing, 5 minutes');
    expect(
      exerciseName(given({ kind: 'repair', settings: { likelyResponses: ['a', 'b'] } }), t),
    ).toBe('Repair conversation: 2 scripted responses');
  });
  it('says how often', () => {
    expect(cadenceText(given({}), t, date, today)).toBe('Daily until <2026-01-18>');
    expect(cadenceText(given({ cadence: 'weekly', until: null }), t, date, today)).toBe('Weekly');
    expect(cadenceText(given({ cadence: 'once', until: null }), t, date, today)).toBe('Once');
    expect(cadenceText(given({ cadence: 'once', startsOn: '2026-02-01' }), t, date, today)).toBe(
      'Once, from <2026-02-01>',
    );
  });
  it('says how much is done', () => {
    expect(completionText(given({}), t, date, today)).toBe('3 of 5 days');
    const weekly = given({
      cadence: 'weekly',
      completion: { periods: 2, done: 1, lastDoneAt: null },
    });
    expect(completionText(weekly, t, date, today)).toBe('1 of 2 weeks');
    const once = (done: number) =>
      given({ cadence: 'once', completion: { periods: 1, done, lastDoneAt: null } });
    expect(completionText(once(1), t, date, today)).toBe('Done');
    expect(completionText(once(0), t, date, today)).toBe('Not yet');
    const later = given({
      startsOn: '2026-02-01',
      completion: { periods: 0, done: 0, lastDoneAt: null },
    });
    expect(completionText(later, t, date, today)).toBe('Starts <2026-02-01>');
  });
});

describe('the body the form sends', () => {
  const start = startingDraft('m1', '2026-01-10', 'Europe/London');
  it('sends only the settings the kind has', () => {
    expect(assignBody(start)).toEqual({
      memberId: 'm1',
      kind: 'emotion_log',
      cadence: 'daily',
      startsOn: '2026-01-10',
      timeZone: 'Europe/London',
      shareByDefault: false,
    });
    expect(settingsFor({ ...start, kind: 'regulation_skill' })).toEqual({});
    expect(
      settingsFor({ ...start, kind: 'mindfulness', practiceId: 'body-scan', minutes: '3' }),
    ).toEqual({ practiceId: 'body-scan', minutes: 5 });
    expect(
      settingsFor({ ...start, kind: 'repair', responses: [' You always do this ', '', 'Fine.'] }),
    ).toEqual({ likelyResponses: ['You always do this', 'Fine.'] });
  });
  it('leaves out the end date for a one-off and keeps a note', () => {
    const body = assignBody({ ...start, cadence: 'once', until: '2026-01-20', note: ' Try it ' });
    expect(body.until).toBeUndefined();
    expect(body.note).toBe('Try it');
    expect(assignBody({ ...start, until: '2026-01-20' }).until).toBe('2026-01-20');
  });
  it('offers the browser’s own zone among the common ones', () => {
    expect(zoneChoices('Europe/London')[0]).toBe('UTC');
    expect(zoneChoices('Asia/Kathmandu')[0]).toBe('Asia/Kathmandu');
  });
});
