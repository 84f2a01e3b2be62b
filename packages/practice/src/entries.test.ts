import { describe, expect, it } from 'vitest';
import { checkContent, LONGEST_SECONDS, TEXT_LIMIT } from './entries';
import { checkSettings } from './settings';

const problem = (result: ReturnType<typeof checkContent>) => (result.ok ? null : result.problem);

describe('emotion log', () => {
  const good = {
    situation: ' Argument about the dishes ',
    emotions: [{ word: 'hurt', intensity: 7 }],
    helped: ['slow-breath', 'slow-breath'],
    intensityAfter: 4,
    extra: 'dropped',
  };

  it('keeps what it should, trimmed and de-duplicated, and drops unknown keys', () => {
    const result = checkContent('emotion_log', good, 'done');
    expect(result).toEqual({
      ok: true,
      content: {
        situation: 'Argument about the dishes',
        emotions: [{ word: 'hurt', intensity: 7 }],
        bodySignals: '',
        urge: '',
        whatIDid: '',
        helped: ['slow-breath'],
        helpedNote: '',
        intensityAfter: 4,
      },
    });
  });

  it('refuses intensities outside 0–10 or not whole, naming the field', () => {
    for (const intensity of [-1, 11, 3.5, '7']) {
      expect(
        problem(
          checkContent(
            'emotion_log',
            { ...good, emotions: [{ word: 'hurt', intensity }] },
            'draft',
          ),
        ),
      ).toMatchObject({ field: 'emotions.0.intensity' });
    }
    expect(
      problem(checkContent('emotion_log', { ...good, intensityAfter: 12 }, 'draft')),
    ).toMatchObject({
      field: 'intensityAfter',
    });
  });

  it('refuses an emotion word outside the vocabulary and an unknown helper', () => {
    expect(
      problem(
        checkContent(
          'emotion_log',
          {
            ...good,
            emotions: [
              { word: 'hurt', intensity: 2 },
              { word: 'blargh', intensity: 5 },
            ],
          },
          'draft',
        ),
      ),
    ).toEqual({ field: 'emotions.1.word', message: '"blargh" is not one of the emotion words.' });
    expect(
      problem(checkContent('emotion_log', { ...good, helped: ['magic'] }, 'draft')),
    ).toMatchObject({
      field: 'helped.0',
    });
  });

  it('lets a draft be half-written but not a finished entry', () => {
    expect(checkContent('emotion_log', { situation: '' }, 'draft').ok).toBe(true);
    expect(problem(checkContent('emotion_log', { situation: 'x' }, 'done'))).toMatchObject({
      field: 'emotions',
    });
    expect(problem(checkContent('emotion_log', {}, 'done'))).toMatchObject({ field: 'situation' });
  });

  it('refuses over-long text and content that is not an object', () => {
    expect(
      problem(checkContent('emotion_log', { ...good, urge: 'x'.repeat(TEXT_LIMIT + 1) }, 'draft')),
    ).toMatchObject({ field: 'urge' });
    expect(problem(checkContent('emotion_log', [], 'draft'))).toMatchObject({ field: '' });
    expect(problem(checkContent('emotion_log', { ...good, situation: 5 }, 'draft'))).toMatchObject({
      field: 'situation',
    });
  });
});

describe('timed practices', () => {
  it('refuses a mindfulness length the practice does not offer, or an impossible timer', () => {
    const base = { practiceId: 'breath', minutes: 5, secondsPractised: 300 };
    expect(checkContent('mindfulness', base, 'done').ok).toBe(true);
    expect(problem(checkContent('mindfulness', { ...base, minutes: 7 }, 'done'))).toMatchObject({
      field: 'minutes',
    });
    expect(
      problem(checkContent('mindfulness', { ...base, secondsPractised: 5 * 60 + 61 }, 'done')),
    ).toMatchObject({ field: 'secondsPractised' });
    expect(
      problem(checkContent('mindfulness', { ...base, secondsPractised: -1 }, 'done')),
    ).toMatchObject({ field: 'secondsPractised' });
    expect(
      problem(checkContent('mindfulness', { ...base, practiceId: 'nope' }, 'done')),
    ).toMatchObject({
      field: 'practiceId',
    });
    expect(
      problem(checkContent('mindfulness', { ...base, secondsPractised: 0 }, 'done')),
    ).toMatchObject({ field: 'secondsPractised' });
  });

  it('a regulation skill needs a known skill, ratings 0–10 and a possible timer', () => {
    const base = { skillId: 'slow-breath', before: 8, after: 5, seconds: 180 };
    expect(checkContent('regulation_skill', base, 'done').ok).toBe(true);
    expect(
      problem(checkContent('regulation_skill', { ...base, seconds: LONGEST_SECONDS + 1 }, 'done')),
    ).toMatchObject({ field: 'seconds' });
    expect(
      problem(checkContent('regulation_skill', { ...base, skillId: 'levitation' }, 'done')),
    ).toMatchObject({ field: 'skillId' });
    expect(
      problem(checkContent('regulation_skill', { ...base, after: null }, 'done')),
    ).toMatchObject({ field: 'after' });
    expect(checkContent('regulation_skill', { ...base, after: null }, 'draft').ok).toBe(true);
  });
});

describe('mentalizing, repair, secure base and reading', () => {
  it('a finished mentalizing entry imagines at least two readings of the other person', () => {
    const entry = {
      episode: 'Sam went quiet at dinner',
      myFeelings: 'shut out',
      readings: [
        { feelings: 'tired', thoughts: 'long day' },
        { feelings: '', thoughts: '' },
      ],
    };
    expect(problem(checkContent('mentalizing', entry, 'done'))).toMatchObject({
      field: 'readings',
    });
    const two = { ...entry, readings: [entry.readings[0], { feelings: 'hurt', thoughts: '' }] };
    expect(checkContent('mentalizing', two, 'done').ok).toBe(true);
  });

  it('a repair plan scripts at least two responses; the real talk is rated 0–10', () => {
    const plan = {
      whatHappened: 'I snapped',
      feelingUnderneath: 'scared of being left',
      need: 'reassurance',
      request: 'Can we talk tonight?',
      responses: [{ theySay: 'Not now', iStayConnected: 'When would suit you?' }],
    };
    expect(problem(checkContent('repair', plan, 'done'))).toMatchObject({ field: 'responses' });
    const ready = {
      ...plan,
      responses: [...plan.responses, { theySay: 'OK', iStayConnected: '' }],
    };
    expect(checkContent('repair', ready, 'done').ok).toBe(true);
    expect(
      problem(
        checkContent(
          'repair',
          { ...ready, realConversation: { happenedOn: '2026-03-05', howItWent: 'ok', rating: 11 } },
          'done',
        ),
      ),
    ).toMatchObject({ field: 'realConversation.rating' });
    expect(
      problem(
        checkContent(
          'repair',
          { ...ready, realConversation: { happenedOn: 'Tuesday', rating: 5 } },
          'done',
        ),
      ),
    ).toMatchObject({ field: 'realConversation.happenedOn' });
  });

  it('a secure-base reflection holds at least one moment', () => {
    expect(problem(checkContent('secure_base', { thereForMe: ['  '] }, 'done'))).toMatchObject({
      field: 'thereForMe',
    });
    expect(checkContent('secure_base', { iWasThere: ['Called my sister'] }, 'done')).toEqual({
      ok: true,
      content: { thereForMe: [], iWasThere: ['Called my sister'] },
    });
  });

  it('an article read names a Learn article', () => {
    expect(
      checkContent('article', { articleId: 'secure-base', question: ' Why? ' }, 'done'),
    ).toEqual({
      ok: true,
      content: { articleId: 'secure-base', question: 'Why?' },
    });
    expect(problem(checkContent('article', { articleId: 'nope' }, 'done'))).toMatchObject({
      field: 'articleId',
    });
  });
});

describe('assignment settings', () => {
  it('checks the skill, practice, minutes and article named', () => {
    expect(checkSettings('mindfulness', { practiceId: 'breath', minutes: 5 })).toEqual({
      ok: true,
      settings: { practiceId: 'breath', minutes: 5 },
    });
    expect(checkSettings('mindfulness', { practiceId: 'breath', minutes: 4 })).toMatchObject({
      ok: false,
      problem: { field: 'minutes' },
    });
    expect(checkSettings('mindfulness', {})).toMatchObject({ problem: { field: 'practiceId' } });
    expect(checkSettings('regulation_skill', { skillId: 'x' })).toMatchObject({
      problem: { field: 'skillId' },
    });
    expect(checkSettings('article', {})).toMatchObject({ problem: { field: 'articleId' } });
    expect(checkSettings('emotion_log', { skillId: 'slow-breath' })).toMatchObject({
      problem: { field: 'skillId' },
    });
  });

  it('keeps a repair’s scripted responses, trimmed, at most three', () => {
    expect(checkSettings('repair', { likelyResponses: [' Not now ', ''] })).toEqual({
      ok: true,
      settings: { likelyResponses: ['Not now'] },
    });
    expect(checkSettings('repair', { likelyResponses: ['a', 'b', 'c', 'd'] })).toMatchObject({
      problem: { field: 'likelyResponses' },
    });
  });
});
