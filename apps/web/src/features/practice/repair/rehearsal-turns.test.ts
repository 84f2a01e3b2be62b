import type { RepairPlan } from '@securebase/practice';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { buildRehearsal, isMine, missingParts, openingLine } from './rehearsal-turns';

const t = i18n.t.bind(i18n);

const plan = (over: Partial<RepairPlan> = {}): RepairPlan => ({
  whatHappened: 'you got home late on Friday and didn’t call',
  feelingUnderneath: 'scared and alone.',
  need: 'to know I matter to you',
  request: 'Could you text me when you’re running late?',
  responses: [
    { theySay: 'You’re overreacting.', iStayConnected: 'I can hear you feel criticised.' },
    { theySay: 'I didn’t think it mattered.', iStayConnected: '' },
  ],
  rehearsals: 0,
  realConversation: null,
  ...over,
});

describe('the opening line', () => {
  it('weaves the feeling, the need and the request into one gentle turn', () => {
    expect(openingLine(plan(), t)).toBe(
      'When you got home late on Friday and didn’t call, I felt scared and alone. ' +
        'What I need is to know I matter to you. Could you text me when you’re running late?',
    );
  });

  it('leaves the need out gracefully when there is none', () => {
    expect(openingLine(plan({ need: '  ' }), t)).toBe(
      'When you got home late on Friday and didn’t call, I felt scared and alone. ' +
        'Could you text me when you’re running late?',
    );
  });
});

describe('the turns of a rehearsal', () => {
  it('opens, then alternates what they say with how you stay connected', () => {
    const { turns, missing } = buildRehearsal(plan(), t);
    expect(missing).toEqual([]);
    expect(turns.map((turn) => turn.kind)).toEqual(['opening', 'them', 'me', 'them', 'me']);
    expect(turns[1]?.text).toBe('You’re overreacting.');
    expect(turns[2]).toEqual({
      kind: 'me',
      text: 'I can hear you feel criticised.',
      written: true,
    });
  });

  it('prompts for a reply that is not written yet instead of skipping it', () => {
    const last = buildRehearsal(plan(), t).turns[4];
    expect(last?.written).toBe(false);
    expect(last?.text).toMatch(/stay close/);
  });

  it('skips responses with nothing they say', () => {
    const responses = [{ theySay: ' ', iStayConnected: 'Something' }, ...plan().responses];
    expect(buildRehearsal(plan({ responses }), t).turns).toHaveLength(5);
  });

  it('marks the opening and replies as yours and the responses as theirs', () => {
    expect(isMine('opening')).toBe(true);
    expect(isMine('me')).toBe(true);
    expect(isMine('them')).toBe(false);
  });
});

describe('what is missing', () => {
  it('names every part a rehearsal needs, in the order Prepare asks for them', () => {
    const empty = plan({
      whatHappened: '',
      feelingUnderneath: ' . ',
      request: '',
      responses: [{ theySay: '', iStayConnected: 'I am here' }],
    });
    expect(missingParts(empty)).toEqual([
      'whatHappened',
      'feelingUnderneath',
      'request',
      'responses',
    ]);
    expect(buildRehearsal(empty, t).turns).toEqual([]);
  });

  it('does not ask for the need, which is optional', () => {
    expect(missingParts(plan({ need: '' }))).toEqual([]);
  });

  it('rehearses with a single response', () => {
    const one = plan({ responses: [{ theySay: 'Not now.', iStayConnected: 'Okay. Later?' }] });
    expect(buildRehearsal(one, t).turns).toHaveLength(3);
  });
});
