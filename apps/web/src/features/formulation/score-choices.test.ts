import type { MeasureHistory } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { choiceKey, parseChoiceKey, scoreChoices } from './score-choices';

const line = (name: string, label: string) => ({
  name,
  label,
  value: null,
  min: 1,
  max: 7,
  band: null,
  direction: 'higher_is_worse',
  prorated: false,
});

const ecrR: MeasureHistory = {
  instrumentId: 'ecr-r',
  instrumentName: 'Experiences in Close Relationships – Revised (ECR-R)',
  memberId: 'maya',
  memberName: 'Maya Chen',
  scores: [line('anxiety', 'Attachment anxiety'), line('avoidance', 'Attachment avoidance')],
  points: [
    {
      responseId: 'r1',
      submittedAt: '2025-09-14T09:00:00Z',
      status: 'complete',
      scores: { anxiety: 6, avoidance: 4.5 },
      fromFirst: {},
      riskItems: [],
    },
    {
      responseId: 'r2',
      submittedAt: '2025-11-23T09:00:00Z',
      status: 'incomplete',
      scores: { anxiety: 4.5, avoidance: null },
      fromFirst: {},
      riskItems: [],
    },
  ],
  outcome: [],
};

const partner: MeasureHistory = { ...ecrR, memberId: 'sam', memberName: 'Sam' };

describe('scoreChoices', () => {
  const now = new Date('2025-12-01T12:00:00Z');
  const choices = scoreChoices([ecrR, partner], 'maya', 'en-US', now);

  it("offers only this member's computed scores, newest result first", () => {
    expect(choices.map(choiceKey)).toEqual(['r2|anxiety', 'r1|anxiety', 'r1|avoidance']);
  });

  it('reads each as "ECR-R anxiety 4.5 (Nov 23)" with its label beside', () => {
    expect(choices[0]).toMatchObject({
      text: 'ECR-R anxiety 4.5 (Nov 23)',
      label: 'Attachment anxiety',
    });
    expect(choices[2]?.text).toBe('ECR-R avoidance 4.5 (Sep 14)');
  });

  it('offers nothing for a member without results', () => {
    expect(scoreChoices([ecrR], 'nobody', 'en-US', now)).toEqual([]);
  });
});

describe('choice keys', () => {
  it('round-trip a response and a dotted score name', () => {
    const link = { responseId: 'r1', score: 'mother.anxiety' };
    expect(parseChoiceKey(choiceKey(link))).toEqual(link);
  });
  it('refuse a key without both parts', () => {
    expect(parseChoiceKey('')).toBeNull();
    expect(parseChoiceKey('r1|')).toBeNull();
    expect(parseChoiceKey('|anxiety')).toBeNull();
  });
});
